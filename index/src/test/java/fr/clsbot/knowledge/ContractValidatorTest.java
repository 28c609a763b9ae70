package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.clsbot.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractValidatorTest {
    @TempDir
    Path temp;

    @Test
    void refusesAPeriodWhoseYearIsNotInItsQuoteInFrench() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Path yaml = kb.resolve("val-sioule.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  end: 2028\n", "  end: 2029\n"));

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("period");
            assertThat(problem.toString()).contains("val-sioule.yaml:", "l'année 2029 n'est pas dans la citation",
                    "2024-2028");
        });
    }

    @Test
    void acceptsAnEndYearShortenedAfterTheStartYear() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        for (Path file : new Path[] {kb.resolve("val-sioule.yaml"), kb.resolve("sources/val-sioule.txt")}) {
            Files.writeString(file, Files.readString(file).replace("(CLS) 2024-2028", "(CLS) 2024-28"));
        }

        assertThat(new KnowledgeBaseLoader().load(kb).contracts()).singleElement()
                .satisfies(contract -> assertThat(contract.period().end()).isEqualTo(2028));
    }
}
