package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.clsbot.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseLoaderTest {
    @TempDir
    Path temp;

    @Test
    void loadsTheShippedContractsWithTheirTypedFacts() throws Exception {
        KnowledgeBase base = new KnowledgeBaseLoader().load(Fixtures.SHIPPED);

        assertThat(base.contracts()).extracting(Contract::id).containsExactly("montlucon", "plaine-limagne");
        Contract plaine = base.contractsById().get("plaine-limagne");
        assertThat(plaine.axes()).hasSize(6);
        assertThat(plaine.signing().known()).isTrue();
        assertThat(plaine.signing().date()).isEqualTo("2 avril");
        assertThat(plaine.figures()).extracting(Figure::value).contains("15 816€");
        assertThat(plaine.signatories()).hasSize(10);
        Contract montlucon = base.contractsById().get("montlucon");
        assertThat(montlucon.signing().known()).as("the release gives no signing date").isFalse();
        assertThat(montlucon.axes()).hasSize(5);
        assertThat(base.glossary().find("cpts")).isPresent();
    }

    @Test
    void splitsSourcesIntoPassagesKeepingARepeatedBlockOnce() throws Exception {
        KnowledgeBase base = new KnowledgeBaseLoader().load(Fixtures.SHIPPED);

        List<String> plaine = base.passages().stream().filter(p -> p.contractId().equals("plaine-limagne"))
                .map(Passage::text).toList();
        assertThat(plaine).doesNotHaveDuplicates();
        assertThat(plaine).anyMatch(p -> p.contains("après une année") || p.contains("Après une année"));
        assertThat(base.passages()).allMatch(p -> !p.text().contains("**"));
    }

    @Test
    void reportsAWrongPhoneWithFileLineAndField() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        replace(kb.resolve("val-sioule.yaml"), "phone: 04 70 11 22 33", "phone: 04 70 11");

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        Problem problem = error.problems().get(0);
        assertThat(problem.file()).isEqualTo("val-sioule.yaml");
        assertThat(problem.field()).isEqualTo("contacts[1].phone");
        assertThat(problem.line()).isEqualTo(lineOf(kb.resolve("val-sioule.yaml"), "phone: 04 70 11"));
        assertThat(problem.toString()).contains("val-sioule.yaml:" + problem.line()
                + ": contacts[1].phone: '04 70 11' is not a French phone number");
    }

    @Test
    void rejectsAQuoteThatIsNotInTheSource() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        replace(kb.resolve("val-sioule.yaml"), "à hauteur de 20 000 € par an.\"", "à hauteur de 25 000 € par an.\"");

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).extracting(Problem::field).contains("figures[1].quote", "figures[1].value");
    }

    @Test
    void namesUnknownFieldsAndListsEveryProblemOfEveryFile() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        replace(kb.resolve("val-sioule.yaml"), "    payer: ARS", "    payer: ARS\n    payeur: ARS");
        Files.writeString(kb.resolve("other.yaml"), "id: Bad Id\ntitle: x\n", StandardCharsets.UTF_8);

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).anyMatch(p -> p.file().equals("val-sioule.yaml")
                && p.message().contains("champ inconnu « payeur »") && p.line() > 0);
        assertThat(error.problems()).anyMatch(p -> p.file().equals("other.yaml") && p.field().equals("id"));
        assertThat(error.problems()).anyMatch(p -> p.file().equals("other.yaml") && p.field().equals("territory"));
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Files.writeString(kb.resolve("broken.yaml"), "id: broken\ntitle: [unclosed\nterritory:\n", StandardCharsets.UTF_8);

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.yaml");
            assertThat(p.message()).startsWith("YAML invalide");
            assertThat(p.line()).isGreaterThan(1);
        });
    }

    @Test
    void saysInFrenchWhatToMendForTheCommonestSyntaxErrors() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Files.writeString(kb.resolve("colon.yaml"), "id: colon\ntitle: CLS : deuxième génération\n",
                StandardCharsets.UTF_8);

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("YAML invalide : deux-points inattendu : mettez entre guillemets");
        });
    }

    @Test
    void refusesAliasBombsDuplicateKeysAndTypeTags() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Files.writeString(kb.resolve("bomb.yaml"), bomb.toString(), StandardCharsets.UTF_8);
        Files.writeString(kb.resolve("dup.yaml"), "id: dup\nid: again\n", StandardCharsets.UTF_8);
        Files.writeString(kb.resolve("tag.yaml"), "id: !!javax.script.ScriptEngineManager [x]\n",
                StandardCharsets.UTF_8);

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).extracting(Problem::file).contains("bomb.yaml", "dup.yaml", "tag.yaml");
    }

    @Test
    void refusesSourcesOutsideTheKnowledgeBaseAndInvalidUtf8() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        replace(kb.resolve("val-sioule.yaml"), "file: sources/val-sioule.txt", "file: ../../etc/passwd");
        Files.write(kb.resolve("latin1.yaml"), "id: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).anyMatch(p -> p.message().contains("hors de la base"));
        assertThat(error.problems()).anyMatch(p -> p.file().equals("latin1.yaml")
                && p.message().contains("UTF-8 valide"));
    }

    @Test
    void refusesAHugeFileWithoutReadingIt() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Files.writeString(kb.resolve("huge.yaml"), "# " + "x".repeat(3 * 1024 * 1024) + "\nid: huge\n");

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("huge.yaml");
            assertThat(p.message()).contains("plus que la limite de 2 Mo");
        });
    }

    @Test
    void rejectsTwoContractsWithTheSameId() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        Files.copy(kb.resolve("val-sioule.yaml"), kb.resolve("val-sioule-copy.yaml"));

        InvalidKnowledgeBaseException error = assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().load(kb));

        assertThat(error.problems()).filteredOn(p -> p.field().equals("id")).singleElement().satisfies(p ->
                assertThat(p.toString()).contains("val-sioule.yaml", "est déjà l'identifiant", "val-sioule-copy.yaml"));
    }

    @Test
    void readsAGlossaryOnItsOwnAsStrictlyAsTheBase() throws Exception {
        assertThat(new KnowledgeBaseLoader().readGlossary(Fixtures.SHIPPED.resolve("glossary.yaml")).find("CHU"))
                .get().extracting(GlossaryTerm::expansion).isEqualTo("Centre Hospitalier Universitaire");

        Path broken = Files.writeString(temp.resolve("glossary.yaml"), "terms:\n  - term: X\n    sens: y\n");
        assertThat(assertThrows(InvalidKnowledgeBaseException.class,
                () -> new KnowledgeBaseLoader().readGlossary(broken)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("champ inconnu « sens »"));
    }

    @Test
    void fingerprintChangesWhenAFileChanges() throws Exception {
        Path kb = Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
        String before = new KnowledgeBaseLoader().load(kb).fingerprint();
        replace(kb.resolve("val-sioule.yaml"), "title: Contrat Local", "title: Le Contrat Local");

        assertThat(new KnowledgeBaseLoader().load(kb).fingerprint()).isNotEqualTo(before);
        assertThat(new KnowledgeBaseLoader().load(kb).fingerprint())
                .isEqualTo(new KnowledgeBaseLoader().load(kb).fingerprint());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
