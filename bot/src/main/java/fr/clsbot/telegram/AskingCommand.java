package fr.clsbot.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A command that asks the engine a question, completed by its arguments: {@code /axes Montluçon} asks
 * "quels sont les axes Montluçon". With no territory given, the conversation's territory is used, and when there
 * is none the engine offers the territories as buttons.
 */
final class AskingCommand implements BotCommandHandler {
    private final String name;
    private final String description;
    private final String question;

    AskingCommand(String name, String description, String question) {
        this.name = name;
        this.description = description;
        this.question = question;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void run(CommandContext context, String arguments) throws TelegramApiException, InterruptedException {
        context.ask(arguments.isBlank() ? question : question + " " + arguments);
    }
}
