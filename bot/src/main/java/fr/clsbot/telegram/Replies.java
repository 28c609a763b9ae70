package fr.clsbot.telegram;

import fr.clsbot.answer.Answer;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** What the bot sends: answers as HTML messages with suggestion buttons, plain notices, callback acknowledgements. */
final class Replies {
    private static final int MAX_BUTTONS = 4;

    private final TelegramSender sender;
    private final CallbackStore callbacks;

    Replies(TelegramSender sender, CallbackStore callbacks) {
        this.sender = sender;
        this.callbacks = callbacks;
    }

    void answer(long chatId, Answer answer) throws TelegramApiException, InterruptedException {
        List<String> messages = HtmlFormatter.format(answer);
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            send(chatId, messages.get(i), last ? buttons(answer.suggestions()) : null);
        }
    }

    /** Sends text, escaping it. */
    void text(long chatId, String text) throws TelegramApiException, InterruptedException {
        for (String part : MessageSplitter.split(text, MessageSplitter.PLAIN_LIMIT)) {
            send(chatId, HtmlFormatter.escape(part), null);
        }
    }

    /** Sends text with one button per question in {@code questions}. */
    void textWithButtons(long chatId, String text, List<String> questions) throws TelegramApiException,
            InterruptedException {
        send(chatId, HtmlFormatter.escape(text), buttons(questions));
    }

    /** Stops the button's spinner. */
    void acknowledge(String callbackQueryId) throws TelegramApiException, InterruptedException {
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    private void send(long chatId, String html, InlineKeyboardMarkup keyboard) throws TelegramApiException,
            InterruptedException {
        SendMessage message = SendMessage.builder().chatId(chatId).text(html).parseMode(ParseMode.HTML)
                .disableWebPagePreview(true).replyMarkup(keyboard).build();
        sender.execute(message);
    }

    private InlineKeyboardMarkup buttons(List<String> questions) {
        if (questions.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = questions.stream().limit(MAX_BUTTONS)
                .map(q -> new InlineKeyboardRow(InlineKeyboardButton.builder().text(q)
                        .callbackData(callbacks.keep(q)).build()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
