package fr.clsbot.feedback;

import static fr.clsbot.feedback.QuestionLogTest.record;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageReportTest {
    private final UsageReport report = new UsageReport();

    @Test
    void groupsParaphrasesOfUnansweredQuestionsMostFrequentFirst() {
        Instant now = Instant.now();
        List<QuestionRecord> records = List.of(
                record("Quel est le budget du CLS de Vichy ?", false, now),
                record("budget cls vichy", false, now),
                record("le budget du CLS de Vichy", false, now),
                record("Combien de médecins à Montluçon ?", false, now),
                record("axes montlucon", true, now));

        List<UsageReport.Group> groups = report.unanswered(records);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).count()).isEqualTo(3);
        assertThat(groups.get(0).example()).isEqualTo("Quel est le budget du CLS de Vichy ?");
        assertThat(groups.get(1).count()).isEqualTo(1);
    }

    @Test
    void rendersAnswerRatesByIntentAndTerritoryInFrench() {
        Instant now = Instant.now();
        String text = report.render(List.of(record("axes montlucon", true, now), record("budget vichy", false, now)),
                10);

        assertThat(text).contains("Questions : 2, répondues : 1 (50 % répondues)", "axes", "Montluçon",
                "(non reconnue)", "1 × budget vichy");
    }

    @Test
    void showsLongQuestionsOnOneShortLineCutBetweenWords() {
        String question = "Bonjour, je voudrais savoir\nquel est le budget " + "très très ".repeat(50) + "exact ?";

        String text = report.render(List.of(record(question, false, Instant.now())), 10);

        String line = text.lines().filter(l -> l.contains("× Bonjour")).findFirst().orElseThrow();
        assertThat(line).endsWith("très…").doesNotContain("exact");
        assertThat(line.substring(line.indexOf("× ") + 2)).hasSizeLessThanOrEqualTo(UsageReport.SHOWN_CHARS);
        assertThat(text).contains("je voudrais savoir quel est");
    }

    @Test
    void countsOneQuestionInTheSingular() {
        String text = report.render(List.of(record("axes montlucon", true, Instant.now())), 10);

        assertThat(text).contains("1 question ").doesNotContain("1 questions");
    }
}
