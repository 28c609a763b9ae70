package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path temp;

    @Test
    void acceptsTheShippedKnowledgeBase() {
        CommandRun run = CommandRun.run("validate", "--kb", CommandRun.SHIPPED.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("base valide (2 contrats");
    }

    @Test
    void printsTheTerritoryOfEachContractAndWarnsAboutThoseItCannotPlace() throws Exception {
        Path kb = temp.resolve("kb");
        Files.createDirectories(kb.resolve("sources"));
        try (var files = Files.list(CommandRun.SHIPPED.resolve("sources"))) {
            for (Path file : files.toList()) {
                Files.copy(file, kb.resolve("sources").resolve(file.getFileName()));
            }
        }
        Files.copy(CommandRun.SHIPPED.resolve("plaine-limagne.yaml"), kb.resolve("plaine-limagne.yaml"));
        Files.writeString(kb.resolve("montlucon.yaml"), Files.readString(CommandRun.SHIPPED.resolve("montlucon.yaml"))
                .replace("epci: \"200071082\"", "epci: \"200000000\""));

        CommandRun run = CommandRun.run("validate", "--territories", "--kb", kb.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("attention : montlucon\\.yaml:\\d+: territory\\.epci: « 200000000 » "
                + "n'est le SIREN d'aucun EPCI");
        assertThat(run.out()).contains("plaine-limagne : CC Plaine Limagne (EPCI 200071199), 25 communes");
        assertThat(run.out()).contains("montlucon : non rattaché");
    }

    @Test
    void listsEveryErrorOfABrokenCopyWithFileLineAndField() throws Exception {
        Path kb = temp.resolve("kb");
        Files.createDirectories(kb.resolve("sources"));
        try (var files = Files.list(CommandRun.SHIPPED.resolve("sources"))) {
            for (Path file : files.toList()) {
                Files.copy(file, kb.resolve("sources").resolve(file.getFileName()));
            }
        }
        String yaml = Files.readString(CommandRun.SHIPPED.resolve("montlucon.yaml"))
                .replace("phone: 04 70 02 55 53", "phone: 04 70 02")
                .replace("value: 21 communes", "value: 22 communes");
        Files.writeString(kb.resolve("montlucon.yaml"), yaml);

        CommandRun run = CommandRun.run("validate", "--kb", kb.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("montlucon\\.yaml:\\d+: contacts\\[1\\]\\.phone: '04 70 02' is not a "
                + "French phone number");
        assertThat(run.err()).containsPattern("montlucon\\.yaml:\\d+: figures\\[1\\]\\.value: '22 communes' is not "
                + "in its quote");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void saysClearlyWhenTheDirectoryDoesNotExist() {
        CommandRun run = CommandRun.run("validate", "--kb", temp.resolve("missing").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("n'est pas un dossier de base de connaissances");
    }
}
