package fr.clsbot.telegram;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an answer as Telegram HTML messages: every text escaped, key figures (amounts, percentages, phones,
 * e-mails) in bold, a short source line at the end, and split under Telegram's 4096-character limit.
 */
final class HtmlFormatter {
    private static final Pattern KEY_FIGURE = Pattern.compile(
            "\\d[\\d\u00a0\u202f ]*(?:[,.]\\d+)?\\s?(?:€|euros?|%)"
                    + "|\\b0\\d(?:[ .]?\\d{2}){4}\\b"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private HtmlFormatter() {
    }

    static List<String> format(Answer answer) {
        List<String> messages = new ArrayList<>();
        List<String> parts = MessageSplitter.split(answer.text(), MessageSplitter.PLAIN_LIMIT);
        for (int i = 0; i < parts.size(); i++) {
            StringBuilder html = new StringBuilder(emphasiseFigures(parts.get(i)));
            if (i == parts.size() - 1 && !answer.sources().isEmpty()) {
                html.append("\n\n<i>Source : ").append(escape(sourceLine(answer.sources()))).append("</i>");
            }
            messages.add(html.toString());
        }
        return messages;
    }

    private static String sourceLine(List<SourceRef> sources) {
        Set<String> titles = new LinkedHashSet<>();
        sources.forEach(source -> titles.add(source.title()));
        return String.join(" ; ", titles);
    }

    /** Escapes the text and puts the key figures in bold. */
    static String emphasiseFigures(String text) {
        StringBuilder html = new StringBuilder();
        Matcher matcher = KEY_FIGURE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            html.append(escape(text.substring(last, matcher.start())));
            html.append("<b>").append(escape(matcher.group().strip())).append("</b>");
            if (Character.isWhitespace(matcher.group().charAt(matcher.group().length() - 1))) {
                html.append(' ');
            }
            last = matcher.end();
        }
        return html.append(escape(text.substring(last))).toString();
    }

    /** Telegram HTML needs only these three escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
