package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of re-ingests never leaves the knowledge base invalid. */
class IngestKillIT {
    private static final int KILLS = 10;
    private static final String VERSION = """
            Le Contrat Local de Santé des Combes d'Auzon est signé

            Le Contrat Local de Santé (CLS) 2026-2030 de la communauté de communes des Combes d'Auzon a été signé \
            le 14 octobre 2026 par la communauté de communes des Combes d'Auzon et l'ARS Auvergne-Rhône-Alpes.

            L'ARS Auvergne-Rhône-Alpes finance le poste de coordinatrice à hauteur de %s € par an.
            """;

    @TempDir
    Path temp;

    @Test
    void killNineDuringReIngestsLeavesAValidBase() throws Exception {
        Path kb = temp.resolve("kb");
        Path first = Files.writeString(temp.resolve("v1.txt"), VERSION.formatted("22 500"));
        Path second = Files.writeString(temp.resolve("v2.txt"), VERSION.formatted("24 000"));
        Path document = temp.resolve("communique.txt");
        Random random = new Random(15);
        int reIngests = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), ReingestLoop.class.getName(), kb.toString(),
                    document.toString(), first.toString(), second.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            int rounds = 1 + random.nextInt(3);
            for (int round = 0; round < rounds; round++) {
                assertThat(out.readLine()).as("the child re-ingests before it is killed").startsWith("ok");
                reIngests++;
            }
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(new KnowledgeBaseLoader().load(kb).contracts()).as("after kill %d", kill).singleElement()
                    .satisfies(c -> assertThat(c.figures()).extracting(f -> f.value())
                            .containsAnyOf("22 500 €", "24 000 €"));
        }
        assertThat(reIngests).isGreaterThanOrEqualTo(KILLS);
    }
}
