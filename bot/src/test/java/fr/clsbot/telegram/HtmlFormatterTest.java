package fr.clsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.answer.Answer;
import fr.clsbot.answer.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlFormatterTest {
    @Test
    void escapesUserAndKnowledgeBaseText() {
        assertThat(HtmlFormatter.emphasiseFigures("<script>alert('x')</script> & co"))
                .isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co");
    }

    @Test
    void putsAmountsPercentagesPhonesAndEmailsInBold() {
        String html = HtmlFormatter.emphasiseFigures("15 816€ puis 15 000 euros et 50 % ; 04 70 02 55 53, "
                + "communication@mairie-montlucon.fr.");

        assertThat(html).contains("<b>15 816€</b>", "<b>15 000 euros</b>", "<b>50 %</b>", "<b>04 70 02 55 53</b>",
                "<b>communication@mairie-montlucon.fr</b>");
    }

    @Test
    void endsWithTheSourceLineAndSplitsLongAnswersUnderTelegramsLimit() {
        String paragraph = "Une phrase du contrat local de santé. ".repeat(60);
        Answer answer = new Answer("q", true, paragraph + "\n\n" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph,
                null, null, 1, List.of(new SourceRef("Communiqué <officiel>", "f", "q")), List.of(), 0, null);

        List<String> messages = HtmlFormatter.format(answer);

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(4096));
        assertThat(messages.get(messages.size() - 1)).endsWith("<i>Source : Communiqué &lt;officiel&gt;</i>");
        assertThat(String.join(" ", messages).replaceAll("<[^>]+>", "").replaceAll("\\s+", " "))
                .contains(paragraph.strip());
    }
}
