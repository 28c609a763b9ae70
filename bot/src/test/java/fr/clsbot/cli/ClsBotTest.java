package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClsBotTest {
    @Test
    void printsItsHelpInFrench() {
        CommandRun run = CommandRun.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Utilisation :", "Commandes :", "Affiche cette aide et quitte.",
                "Assistant des Contrats Locaux de Santé : répond en français")
                .doesNotContain("Usage:", "Show this help message");
    }

    @Test
    void printsACommandsHelpInFrench() {
        CommandRun run = CommandRun.run("stats", "--help");

        assertThat(run.out()).contains("Options :", "Seulement les questions posées depuis ce jour",
                "Affiche la version et quitte.");
    }

    @Test
    void buildsOnlyTheCommandRunSoThatARestartIsQuick() {
        assertThat(ClsBot.commandLine(new String[] {"ask", "Quels sont les axes ?"}).getSubcommands().keySet())
                .containsExactly("ask");
        assertThat(ClsBot.commandLine(new String[] {"--help"}).getSubcommands()).containsKeys("ask", "chat",
                "ingest", "eval", "bench", "help");
        assertThat(ClsBot.commandLine(new String[0]).getSubcommands()).isEmpty();
    }
}
