package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} on a base written by an attacker: exit 2 and one located line per problem, never a crash. */
class ValidateAttackTest {
    @TempDir
    Path temp;

    @Test
    void aHostileBaseExitsWithTwoAndOneLocatedLinePerProblem() throws Exception {
        Path kb = CommandRun.copy(CommandRun.SHIPPED, temp.resolve("kb"));
        Files.writeString(kb.resolve("loop.yaml"), "id: loop\naxes: &a [*a]\n");
        Files.writeString(kb.resolve("deep.yaml"), "id: " + "[".repeat(3000) + "\n");
        Files.writeString(kb.resolve("multi.yaml"), "id: a\n---\nid: b\n");
        Files.writeString(kb.resolve("tag.yaml"), "id: !!java.io.File [x]\n");
        Path link = Files.createSymbolicLink(kb.resolve("sources/passwd.txt"), Path.of("/etc/passwd"));
        Files.writeString(kb.resolve("pw.yaml"), Files.readString(kb.resolve("montlucon.yaml"))
                .replaceFirst("id: [a-z-]+", "id: pw").replaceFirst("file: sources/\\S+", "file: sources/passwd.txt"));
        Files.writeString(kb.resolve("\u001b[2Jescape.yaml"), "id: x\n");

        CommandRun run;
        try {
            run = CommandRun.run("validate", "--kb", kb.toString());
        } finally {
            // Removed here: JUnit warns when it has to delete a link leading out of its temporary directory.
            Files.delete(link);
        }

        assertThat(run.exitCode()).isEqualTo(2);
        List<String> problems = Arrays.stream(run.err().split("\n")).skip(1).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        assertThat(problems).isNotEmpty().allSatisfy(line ->
                assertThat(line).matches("[^:]+\\.yaml(:\\d+)?: .+"));
        assertThat(run.err()).contains("loop.yaml:2: axes[1]: alias récursif", "deep.yaml: plus de 20 niveaux",
                "multi.yaml:3: un fichier ne contient qu'un document YAML", "tag.yaml:1: étiquette YAML",
                "pw.yaml:11: sources[1].file: « sources/passwd.txt » mène hors de la base", "escape.yaml:1:")
                .doesNotContain("\u001b", "Exception", "\tat ", "root:");
    }
}
