package fr.clsbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.ingest.ContractExtractor;
import fr.clsbot.knowledge.Glossary;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEvalTest {
    private final ExtractionEval eval = new ExtractionEval(new ContractExtractor(new Glossary(List.of())));

    @Test
    void scoresEachKindOfFactAgainstTheGold() throws Exception {
        Path gold = resource("/extraction/fixtures-gold.yaml");

        ExtractionEval.Report report = eval.run(ExtractionGold.read(gold), gold.getParent());

        assertThat(report.byKind().get("signatories").precision()).isEqualTo(1.0);
        assertThat(report.byKind().get("signatories").recall()).isEqualTo(1.0);
        assertThat(report.byKind().get("axes").precision()).isEqualTo(1.0);
        assertThat(report.byKind().get("axes").recall()).isEqualTo(0.5);
        assertThat(report.mistakes()).containsExactly("miscounted-axes.txt axes: missing \"4\"");
        assertThat(report.lines()).last().asString().startsWith("overall      precision 22/22 (100.0%), recall 22/23");
    }

    @Test
    void countsAFactTheGoldDoesNotHoldAsWrong() throws Exception {
        Path gold = resource("/extraction/fixtures-gold.yaml");
        ExtractionGold.Page page = ExtractionGold.read(gold).pages().get("successive-contracts.txt");
        ExtractionGold.Page withoutSigning = new ExtractionGold.Page(page.territory(), page.period(), null,
                page.signatories(), page.axes(), page.counts());

        ExtractionEval.Report report = eval.run(new ExtractionGold(java.util.Map.of("successive-contracts.txt",
                withoutSigning)), gold.getParent());

        assertThat(report.byKind().get("signing").precision()).isZero();
        assertThat(report.mistakes()).containsExactly("successive-contracts.txt signing: wrong \"15 novembre 2023\"");
    }

    @Test
    void readsTheGoldOfTheRealPages() throws Exception {
        ExtractionGold gold = ExtractionGold.read(resource("/extraction/real-docs-gold.yaml"));

        assertThat(gold.pages()).hasSize(8);
        assertThat(gold.pages().values()).allSatisfy(page -> assertThat(page.territory()).isNotBlank());
        assertThat(gold.pages().values()).flatExtracting(page -> page.counts().keySet())
                .allMatch(ExtractionEval.KEY_NOUNS::contains);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ExtractionEvalTest.class.getResource(name).toURI());
    }
}
