package fr.clsbot.telegram;

import fr.clsbot.answer.Answer;
import fr.clsbot.live.LiveAssistant;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** What a command may use to reply to the chat that sent it. */
record CommandContext(long chatId, ChatState state, Replies replies, LiveAssistant assistant, Feedback feedback,
                      ChatStates chats) {

    /** Asks the engine in this chat's conversation and sends the answer. */
    void ask(String question) throws TelegramApiException, InterruptedException {
        Answer answer = assistant.answer(question, state.conversation());
        feedback.record(chatId, answer);
        replies.answer(chatId, answer);
    }
}
