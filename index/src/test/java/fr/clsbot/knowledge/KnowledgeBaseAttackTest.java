package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.clsbot.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile or careless knowledge base: every attack is refused with a located French problem, never a crash. */
class KnowledgeBaseAttackTest {
    @TempDir
    Path temp;

    private Path kb() {
        return Fixtures.copy(Fixtures.SMALL, temp.resolve("kb"));
    }

    private static List<Problem> problems(Path kb) {
        return assertThrows(InvalidKnowledgeBaseException.class, () -> new KnowledgeBaseLoader().load(kb))
                .problems();
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void recursiveAliasIsRefusedOnItsLine() throws Exception {
        Path kb = kb();
        Files.writeString(kb.resolve("loop.yaml"), "id: loop\ntitle: x\naxes: &a [*a]\n");

        assertThat(problems(kb)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("loop.yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("alias récursif");
        });
    }

    @Test
    void recursiveMappingAliasIsRefusedToo() throws Exception {
        Path kb = kb();
        Files.writeString(kb.resolve("loop.yaml"), "id: loop\nterritory: &t {name: x, aliases: [*t]}\n");

        assertThat(problems(kb)).singleElement().satisfies(p -> assertThat(p.message()).contains("alias récursif"));
    }

    @Test
    void aliasBombBeyondTheValueLimitIsRefusedWithoutExpandingIt() throws Exception {
        Path kb = kb();
        // 40 aliases (under the alias limit), each level ten times the one before: 10^5 values once expanded.
        StringBuilder bomb = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level <= 4; level++) {
            bomb.append("l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*l" + (level - 1)))).append("]\n");
        }
        Files.writeString(kb.resolve("bomb.yaml"), bomb.toString());

        assertThat(problems(kb)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("bomb.yaml");
            assertThat(p.message()).contains("plus de " + Limits.MAX_YAML_NODES + " valeurs");
        });
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        Path kb = kb();
        Files.writeString(kb.resolve("deep.yaml"), "id: " + "[".repeat(500) + "]".repeat(500) + "\n");

        assertThat(problems(kb)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("deep.yaml");
            assertThat(p.message()).startsWith("plus de " + Limits.MAX_YAML_DEPTH + " niveaux");
        });
    }

    @Test
    void nestingGrownThroughAliasesIsRefused() throws Exception {
        Path kb = kb();
        StringBuilder yaml = new StringBuilder("l0: &l0 [[[[[[x]]]]]]\n");
        for (int level = 1; level <= 5; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [[[[*l").append(level - 1)
                    .append("]]]]\n");
        }
        Files.writeString(kb.resolve("deep.yaml"), yaml.toString());

        assertThat(problems(kb)).singleElement().satisfies(p ->
                assertThat(p.message()).contains("plus de " + Limits.MAX_YAML_DEPTH + " niveaux"));
    }

    @Test
    void multiDocumentFileIsRefusedAtItsSecondDocument() throws Exception {
        Path kb = kb();
        Path yaml = kb.resolve("val-sioule.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "---\nid: hidden\n");
        int second = (int) Files.readAllLines(yaml).stream().takeWhile(line -> !line.equals("---")).count() + 1;

        assertThat(problems(kb)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("val-sioule.yaml");
            assertThat(p.line()).isBetween(second, second + 1);
            assertThat(p.message()).contains("qu'un document YAML");
        });
    }

    @Test
    void quoteGivenAsAnAliasIsReadAsTheAnchoredText() throws Exception {
        Path kb = kb();
        Path yaml = kb.resolve("val-sioule.yaml");
        replace(yaml, "  quote: \"Le Contrat Local de Santé (CLS) 2024-2028 a été signé le 12 mars 2024\"\nsigning:",
                "  quote: &signed \"Le Contrat Local de Santé (CLS) 2024-2028 a été signé le 12 mars 2024\"\nsigning:");
        replace(yaml, "signing:\n  date: 12 mars 2024\n  quote: \"Le Contrat Local de Santé (CLS) 2024-2028 a été "
                + "signé le 12 mars 2024\"", "signing:\n  date: 12 mars 2024\n  quote: *signed");

        Contract contract = new KnowledgeBaseLoader().load(kb).contracts().get(0);

        assertThat(contract.signing().quote()).isEqualTo(contract.period().quote()).contains("12 mars 2024");
    }

    @Test
    void unknownFieldIsReportedOnItsOwnLine() throws Exception {
        Path kb = kb();
        Path yaml = kb.resolve("val-sioule.yaml");
        replace(yaml, "\ntitle:", "\nauteur: moi\ntitle:");
        replace(yaml, "    payer: ARS", "    payer: ARS\n    payeur: ARS");
        List<String> lines = Files.readAllLines(yaml);

        assertThat(problems(kb)).hasSize(2).allSatisfy(p -> {
            String field = p.field().substring(p.field().lastIndexOf('.') + 1);
            assertThat(lines.get(p.line() - 1)).as(p.toString()).startsWith(" ".repeat(field.equals("auteur")
                    ? 0 : 4) + field + ":");
            assertThat(p.message()).startsWith("champ inconnu");
        });
    }

    @Test
    void hiddenAndEditorFilesAreNotPartOfTheBase() throws Exception {
        Path kb = kb();
        Files.writeString(kb.resolve(".#val-sioule.yaml"), "id: [broken");
        Files.writeString(kb.resolve(".val-sioule.yaml.swp.yaml"), "not: a contract");

        assertThat(new KnowledgeBaseLoader().load(kb).contracts()).singleElement()
                .satisfies(c -> assertThat(c.file()).isEqualTo("val-sioule.yaml"));
    }

    @Test
    void sourceLinkedOutsideTheBaseIsRefused() throws Exception {
        Path kb = kb();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "mot de passe : hunter2");
        Files.delete(kb.resolve("sources/val-sioule.txt"));
        Files.createSymbolicLink(kb.resolve("sources/val-sioule.txt"), secret);

        assertThat(problems(kb)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("sources[1].file");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("hors de la base");
        });
    }

    @Test
    void sourcesDirectoryLinkedFromOutsideIsRefused() throws Exception {
        Path kb = kb();
        Path outside = Fixtures.copy(kb.resolve("sources"), temp.resolve("elsewhere"));
        try (var files = Files.walk(kb.resolve("sources"))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        Files.createSymbolicLink(kb.resolve("sources"), outside);

        assertThat(problems(kb)).singleElement().satisfies(p ->
                assertThat(p.message()).contains("hors de la base"));
    }

    @Test
    void contractFileLinkedFromOutsideIsRefused() throws Exception {
        Path kb = kb();
        Path outside = Files.writeString(temp.resolve("outside.yaml"), Files.readString(kb.resolve("val-sioule.yaml")));
        Files.createSymbolicLink(kb.resolve("extra.yaml"), outside);

        assertThat(problems(kb)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("extra.yaml");
            assertThat(p.message()).contains("hors de la base");
        });
    }

    @Test
    void linksInsideTheBaseStillWork() throws Exception {
        Path kb = kb();
        Files.move(kb.resolve("sources/val-sioule.txt"), kb.resolve("sources/original.txt"));
        Files.createSymbolicLink(kb.resolve("sources/val-sioule.txt"), Path.of("original.txt"));

        assertThat(new KnowledgeBaseLoader().load(kb).passages()).isNotEmpty();
    }

    @Test
    void twoContractsAnsweringToTheSameNameAreRefusedNamingBothFiles() throws Exception {
        Path kb = kb();
        String other = Files.readString(kb.resolve("val-sioule.yaml")).replace("id: val-de-sioule", "id: autre")
                .replace("name: Val de Sioule", "name: Autre Territoire")
                .replace("aliases: [Val de Sioule, Val-de-Sioule, comcom du Val de Sioule]",
                        "aliases: [Autre, VAL DE SIOULE]");
        Files.writeString(kb.resolve("autre.yaml"), other, StandardCharsets.UTF_8);

        assertThat(problems(kb)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("val-sioule.yaml");
            assertThat(p.field()).isEqualTo("territory.name");
            assertThat(p.message()).contains("Val de Sioule", "autre.yaml");
        });
    }

    @Test
    void aHostileBaseGivesLocatedProblemsAndNeverThrows() throws Exception {
        Path kb = kb();
        Files.writeString(kb.resolve("a-tags.yaml"), "id: !!javax.script.ScriptEngineManager [x]\n");
        Files.writeString(kb.resolve("b-empty.yaml"), "# nothing\n");
        Files.writeString(kb.resolve("c-scalar.yaml"), "just a sentence\n");
        Files.writeString(kb.resolve("d-nulls.yaml"), "id: d\nsources: [null, {}]\naxes: [null]\nterritory: {}\n"
                + "figures: [{value: 3}]\ncontacts: [[x]]\n");
        Files.writeString(kb.resolve("e-key.yaml"), "? [a, b]\n: c\n");
        Files.writeString(kb.resolve("f-merge.yaml"), "base: &b {id: f}\n<<: *b\n");
        Files.write(kb.resolve("g-binary.yaml"), new byte[] {0, 1, 2, (byte) 0xff, '\n'});
        Files.writeString(kb.resolve("h-numbers.yaml"), "id: h\nperiod: {start: deux mille, end: [1]}\n");

        List<Problem> problems = problems(kb);

        assertThat(problems).extracting(Problem::file).contains("a-tags.yaml", "b-empty.yaml", "c-scalar.yaml",
                "d-nulls.yaml", "e-key.yaml", "f-merge.yaml", "g-binary.yaml", "h-numbers.yaml");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain("java.", "Exception",
                "com.fasterxml", "Cannot deserialize"));
        assertThat(problems).filteredOn(p -> p.file().equals("h-numbers.yaml") && p.field().startsWith("period"))
                .isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    }
}
