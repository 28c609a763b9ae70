package fr.clsbot.telegram;

import fr.clsbot.live.LiveAssistant;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Handles one update: a text message (question or command), or a button press. In groups the bot answers only
 * when addressed: a command, a mention of its name, or a reply to one of its messages.
 */
final class UpdateRouter {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateRouter.class);
    static final int MESSAGES_PER_MINUTE = 20;
    static final String NOT_TEXT = "Je ne lis que les messages écrits : posez-moi votre question en texte.";
    static final String SLOW_DOWN = "Doucement 🙂 vous m'envoyez beaucoup de messages. Je reprends dans une minute.";
    static final String ADMIN_ONLY = "Cette commande est réservée aux mainteneurs du bot.";
    static final String UNKNOWN_COMMAND = "Je ne connais pas cette commande. Tapez /aide pour la liste.";

    private final LiveAssistant assistant;
    private final Replies replies;
    private final CommandRegistry commands;
    private final ChatStates chats;
    private final CallbackStore callbacks;
    private final Feedback feedback;
    private final Set<Long> admins;
    private final LongSupplier clock;
    private volatile String username = "";

    UpdateRouter(LiveAssistant assistant, Replies replies, CommandRegistry commands, ChatStates chats,
                 CallbackStore callbacks, Feedback feedback, Set<Long> admins, LongSupplier clock) {
        this.assistant = assistant;
        this.replies = replies;
        this.commands = commands;
        this.chats = chats;
        this.callbacks = callbacks;
        this.feedback = feedback;
        this.admins = admins;
        this.clock = clock;
    }

    /** The bot's @username, learnt at start, to recognise mentions in groups. */
    void username(String name) {
        this.username = name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    void handle(Update update) throws TelegramApiException, InterruptedException {
        if (update.hasCallbackQuery()) {
            pressed(update.getCallbackQuery());
        } else if (update.hasMessage()) {
            received(update.getMessage());
        }
    }

    private void received(Message message) throws TelegramApiException, InterruptedException {
        long chatId = message.getChatId();
        boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
        if (!message.hasText() || message.getText().isBlank()) {
            if (!group) {
                replies.text(chatId, NOT_TEXT);
            }
            return;
        }
        String text = message.getText();
        boolean command = text.startsWith("/");
        if (group && !command && !addressed(message)) {
            return;
        }
        ChatState state = chats.of(chatId);
        if (!state.allow(clock.getAsLong(), MESSAGES_PER_MINUTE)) {
            if (state.shouldWarn()) {
                replies.text(chatId, SLOW_DOWN);
            }
            return;
        }
        CommandContext context = new CommandContext(chatId, state, replies, assistant, feedback, chats);
        if (command) {
            runCommand(context, text);
        } else {
            context.ask(withoutMention(text));
        }
    }

    private void runCommand(CommandContext context, String text) throws TelegramApiException, InterruptedException {
        int space = text.indexOf(' ');
        String head = (space < 0 ? text : text.substring(0, space)).substring(1);
        String arguments = space < 0 ? "" : text.substring(space + 1).strip();
        int at = head.indexOf('@');
        if (at >= 0) {
            String target = head.substring(at + 1).toLowerCase(Locale.ROOT);
            if (!username.isEmpty() && !target.equals(username)) {
                return;
            }
            head = head.substring(0, at);
        }
        var handler = commands.find(head);
        if (handler.isEmpty()) {
            replies.text(context.chatId(), UNKNOWN_COMMAND);
            return;
        }
        if (handler.get().adminOnly() && !admins.contains(context.chatId())) {
            LOG.info("maintainer command /{} refused to chat {}", head, feedback.hasher().hash(context.chatId()));
            replies.text(context.chatId(), ADMIN_ONLY);
            return;
        }
        handler.get().run(context, arguments);
    }

    private void pressed(CallbackQuery query) throws TelegramApiException, InterruptedException {
        replies.acknowledge(query.getId());
        if (query.getMessage() == null || query.getData() == null) {
            return;
        }
        long chatId = query.getMessage().getChatId();
        var question = callbacks.question(query.getData());
        ChatState state = chats.of(chatId);
        if (question.isEmpty()) {
            replies.text(chatId, "Ce bouton a expiré : posez à nouveau votre question.");
        } else if (state.allow(clock.getAsLong(), MESSAGES_PER_MINUTE)) {
            new CommandContext(chatId, state, replies, assistant, feedback, chats).ask(question.get());
        }
    }

    private boolean addressed(Message message) {
        String text = message.getText().toLowerCase(Locale.ROOT);
        if (!username.isEmpty() && text.contains("@" + username)) {
            return true;
        }
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getIsBot()
                && username.equalsIgnoreCase(replied.getFrom().getUserName());
    }

    private String withoutMention(String text) {
        return username.isEmpty() ? text : text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(username), " ");
    }
}
