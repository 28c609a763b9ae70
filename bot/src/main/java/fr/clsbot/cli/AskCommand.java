package fr.clsbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clsbot.answer.Answer;
import fr.clsbot.answer.Assistant;
import fr.clsbot.answer.Conversation;
import fr.clsbot.console.ConsoleChat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ask}: answers questions given as arguments, or each line of standard input. With {@code --json}, one JSON
 * object per line (a stable contract used by checks outside the repository).
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Répond aux questions données en arguments, ou à chaque ligne de l'entrée standard.")
final class AskCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Option(names = "--json", description = "Une ligne JSON par question : question, answered, text, territory, "
            + "intent, confidence, sources, suggestions, millis, answer_type.")
    boolean json;

    @Option(names = "--conversation", description = "Les questions forment une conversation (les relances comme « "
            + "Et à Montluçon ? » reprennent les précédentes).")
    boolean conversation;

    @Option(names = "--explain", description = "Pour les mainteneurs : comment chaque question est lue, et les "
            + "meilleurs éléments trouvés avec leurs scores.")
    boolean explain;

    @Parameters(paramLabel = "QUESTION", description = "Les questions ; sans question, elles sont lues sur "
            + "l'entrée standard, une par ligne.")
    List<String> questions = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Assistant assistant = knowledgeBase.assistant()) {
            Conversation shared = new Conversation();
            if (!questions.isEmpty()) {
                for (String question : questions) {
                    if (explain) {
                        assistant.explain(question).forEach(out::println);
                    }
                    print(out, assistant.answer(question, conversation ? shared : new Conversation()));
                }
            } else {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    print(out, assistant.answer(line, conversation ? shared : new Conversation()));
                }
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, Answer answer) throws Exception {
        if (json) {
            out.println(JSON.writeValueAsString(answer));
        } else {
            out.println(ConsoleChat.render(answer));
            out.println();
        }
        out.flush();
    }
}
