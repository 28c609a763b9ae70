package fr.clsbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private final FrenchAnalysis analysis = new FrenchAnalysis();

    @Test
    void readsGroupsFoldedWithCommentsIgnored() {
        Synonyms synonyms = Synonyms.read(new ByteArrayInputStream(
                "# comment\nARS, Agence régionale de santé\n\nbudget, financement # money\n"
                        .getBytes(StandardCharsets.UTF_8)), analysis);

        assertThat(synonyms.equivalents(List.of("ars"))).contains(List.of("agence", "regionale", "de", "sante"));
        assertThat(synonyms.equivalents(List.of("financement"))).contains(List.of("budget"));
        assertThat(synonyms.equivalents(List.of("inconnu"))).containsExactly(List.of("inconnu"));
        // A plural or a feminine the file does not write finds the group of the form it does.
        assertThat(synonyms.equivalents(List.of("financements"))).contains(List.of("budget"));
        assertThat(synonyms.knows(List.of("agences", "regionales", "de", "sante"))).isTrue();
        assertThat(synonyms.longest()).isEqualTo(4);
    }

    @Test
    void bundledFileCoversTheAcronymsAndWordsUsersType() {
        Synonyms synonyms = Synonyms.bundled(analysis);

        assertThat(synonyms.equivalents(List.of("comcom"))).contains(List.of("communaute", "de", "communes"));
        assertThat(synonyms.equivalents(List.of("agglo"))).contains(List.of("agglomeration"));
        assertThat(synonyms.equivalents(List.of("presse"))).contains(List.of("medias"), List.of("journaliste"));
        assertThat(synonyms.equivalents(List.of("argent"))).contains(List.of("financement"), List.of("enveloppe"));
        assertThat(synonyms.equivalents(List.of("partenaires"))).contains(List.of("acteurs", "locaux"));
        assertThat(synonyms.equivalents(List.of("population"))).contains(List.of("hab"));
        assertThat(synonyms.equivalents(List.of("demarre"))).contains(List.of("verront", "le", "jour"));
        assertThat(synonyms.equivalents(List.of("pnr"))).contains(List.of("parc", "naturel", "regional"));
        assertThat(synonyms.equivalents(List.of("intercommunalites"))).contains(List.of("communautes", "de", "communes"));
        assertThat(synonyms.equivalents(List.of("premier"))).contains(List.of("1er"));
        assertThat(synonyms.equivalents(List.of("premiere"))).contains(List.of("1re"));
        assertThat(synonyms.equivalents(List.of("axes"))).contains(List.of("volets"), List.of("piliers"),
                List.of("domaines", "intervention"));
    }
}
