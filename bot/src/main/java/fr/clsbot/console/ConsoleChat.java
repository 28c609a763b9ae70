package fr.clsbot.console;

import fr.clsbot.answer.Answer;
import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.feedback.QuestionRecord;
import fr.clsbot.live.LiveAssistant;
import java.time.Instant;
import fr.clsbot.answer.Conversation;
import fr.clsbot.answer.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A chat in the terminal: one conversation, a prompt, answers with their sources. Ends on « /quitter » or EOF. */
public final class ConsoleChat {
    private static final Set<String> QUIT = Set.of("/quitter", "/quit", "/exit", "quitter", "exit");

    private final LiveAssistant assistant;
    private final BufferedReader in;
    private final PrintStream out;
    private final QuestionLog questions;

    /** @param questions where questions are recorded for the maintainers, or null */
    public ConsoleChat(LiveAssistant assistant, InputStream in, PrintStream out, QuestionLog questions) {
        this.assistant = assistant;
        this.questions = questions;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
    }

    public void run() throws IOException {
        Conversation conversation = new Conversation();
        out.println(TerminalText.printable(assistant.answer("bonjour", new Conversation()).text()));
        out.println("(Tapez votre question, ou /quitter pour sortir.)");
        while (true) {
            out.print("\n> ");
            out.flush();
            String line = in.readLine();
            if (line == null || QUIT.contains(line.strip().toLowerCase(java.util.Locale.ROOT))) {
                out.println("\nÀ bientôt !");
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            Answer answer = assistant.answer(line, conversation);
            if (questions != null) {
                questions.append(QuestionRecord.of(Instant.now(), "console", "console", answer));
            }
            out.println(render(answer));
        }
    }

    /**
     * The answer as terminal text: the reply, then each source document once (its title shortened) with the
     * passages the reply does not already quote, then suggestions.
     */
    public static String render(Answer answer) {
        StringBuilder text = new StringBuilder(answer.text());
        String said = comparable(answer.text());
        Map<String, List<String>> quotesByTitle = new LinkedHashMap<>();
        for (SourceRef source : answer.sources()) {
            List<String> quotes = quotesByTitle.computeIfAbsent(shortTitle(source.title()), t -> new ArrayList<>());
            if (source.quote() != null && !said.contains(comparable(source.quote()))) {
                quotes.add(source.quote());
            }
        }
        quotesByTitle.forEach((title, quotes) -> {
            text.append("\n   📄 ").append(title);
            quotes.stream().limit(3).forEach(quote -> text.append("\n      « ").append(quote).append(" »"));
        });
        if (!answer.suggestions().isEmpty()) {
            text.append("\n   💡 ").append(String.join(" · ", answer.suggestions()));
        }
        return TerminalText.printable(text.toString());
    }

    /** A document title short enough for one line, cut at a word. */
    static String shortTitle(String title) {
        if (title == null) {
            return "Source";
        }
        if (title.length() <= 80) {
            return title;
        }
        int cut = title.lastIndexOf(' ', 78);
        return title.substring(0, cut > 40 ? cut : 78) + "…";
    }

    private static String comparable(String text) {
        return text == null ? "" : text.replace('’', '\'').replaceAll("[«»…\\s]+", " ").strip();
    }
}
