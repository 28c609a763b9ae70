package fr.clsbot.cli;

import fr.clsbot.live.LiveAssistant;
import fr.clsbot.console.ConsoleChat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chat}: an interactive French chat in the terminal, no account needed. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Discussion dans le terminal (par défaut quand TELEGRAM_BOT_TOKEN n'est pas défini).")
final class ChatCommand implements Callable<Integer> {
    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Mixin
    StateOption state;

    @Override
    public Integer call() throws Exception {
        try (LiveAssistant assistant = knowledgeBase.live();
             AutoCloseable watcher = Watching.start(assistant, message -> System.out.println("\n" + message))) {
            Watching.startNotice(assistant).ifPresent(System.out::println);
            new ConsoleChat(assistant, System.in, System.out, state.questionLog()).run();
        }
        return 0;
    }
}
