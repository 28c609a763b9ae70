package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Mistakes on the command line get one French line naming what is at fault, and the documented exit code. */
class CommandLineErrorsTest {
    @Test
    void namesAnUnknownOptionInFrenchWithExitCode2() {
        CommandRun run = CommandRun.run("validate", "--kbb", "x");

        assertThat(run.exitCode()).isEqualTo(CommandLineErrors.USAGE).isEqualTo(2);
        assertOneFrenchLine(run, "clsbot : option inconnue : --kbb");
    }

    @Test
    void namesAMissingFileWithExitCode1() {
        CommandRun run = CommandRun.run("eval", "/nope.yaml");

        assertThat(run.exitCode()).isEqualTo(CommandLineErrors.FAILURE).isEqualTo(1);
        assertOneFrenchLine(run, "clsbot : fichier ou dossier introuvable : /nope.yaml");
    }

    @Test
    void refusesANegativeCountNamingTheFlag() {
        CommandRun run = CommandRun.run("stats", "--top", "-3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertOneFrenchLine(run, "clsbot : --top : « -3 » doit être un nombre entier supérieur ou égal à 1");
    }

    @Test
    void refusesAnEmptyBenchmarkInsteadOfFailingInside() {
        CommandRun run = CommandRun.run("bench", "--contracts", "0", "--no-cold-start");

        assertThat(run.exitCode()).isEqualTo(2);
        assertOneFrenchLine(run, "--contracts : « 0 » doit être");
        assertThat(run.err()).doesNotContain("bound");
    }

    @Test
    void explainsAnInvalidDateWithoutJavaNames() {
        CommandRun run = CommandRun.run("stats", "--since", "2026-13-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertOneFrenchLine(run, "clsbot : --since : « 2026-13-01 » n'est pas une date AAAA-MM-JJ");
    }

    @Test
    void explainsANumberThatIsNotOne() {
        CommandRun run = CommandRun.run("stats", "--top", "beaucoup");

        assertThat(run.exitCode()).isEqualTo(2);
        assertOneFrenchLine(run, "clsbot : --top : « beaucoup » n'est pas un nombre entier");
    }

    @Test
    void saysWhichParameterIsMissing() {
        CommandRun run = CommandRun.run("eval");

        assertThat(run.exitCode()).isEqualTo(2);
        assertOneFrenchLine(run, "clsbot : il manque FILE");
    }

    @Test
    void refusesAnApiUrlThatIsNotOne() {
        CommandRun run = CommandRun.run("telegram", "--api-url", "pas une url");

        assertThat(run.exitCode()).isEqualTo(2);
        assertOneFrenchLine(run, "clsbot : --api-url : « pas une url » n'est pas une adresse");
    }

    @Test
    void refusesAPortOutOfRange() {
        CommandRun run = CommandRun.run("telegram", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertOneFrenchLine(run, "clsbot : --port : « 70000 » n'est pas un numéro de port");
    }

    @Test
    void exitsWith0WhenAllIsWell() {
        assertThat(CommandRun.run("validate", "--kb", CommandRun.SHIPPED.toString()).exitCode())
                .isEqualTo(CommandLineErrors.OK).isZero();
    }

    private static void assertOneFrenchLine(CommandRun run, String expected) {
        assertThat(run.err()).contains(expected);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).doesNotContainPattern("Exception|java\\.|\\tat |Invalid value|Unknown option|"
                + "Missing required");
        assertThat(run.out()).isEmpty();
    }
}
