package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several {@code clsbot} processes sharing one index cache, and a cache damaged on disk, as separate JVMs. */
class IndexCacheIT {
    private static final String QUESTION = "contact presse montlucon";
    private static final String ANSWER = "04 70 02 55 53";

    @TempDir
    Path temp;

    /** What a finished process printed. */
    private record Run(int exitCode, String out, String err) {
        List<String> warnings() {
            return Arrays.stream(err.split("\n")).filter(line -> line.contains(" WARN ")).toList();
        }
    }

    private static Process start(Path cache) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ClsBot.class.getName(), "ask",
                QUESTION, "--kb", CommandRun.SHIPPED.toString(), "--index-dir", cache.toString()).start();
    }

    private static Run finish(Process process) throws Exception {
        // Read both streams before waiting: a full pipe would block the child.
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void fourProcessesStartingOnOneEmptyCacheAllAnswer() throws Exception {
        Path cache = temp.resolve("cache");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(start(cache));
        }
        for (Process process : processes) {
            Run run = finish(process);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains(ANSWER);
            assertThat(run.warnings()).isEmpty();
        }
        try (Stream<Path> children = Files.list(cache)) {
            // One index and the snapshot of the base it was built from: no staging directory or file is left.
            assertThat(children.map(p -> p.getFileName().toString()).toList()).hasSize(2)
                    .anySatisfy(name -> assertThat(name).startsWith("index-"))
                    .anySatisfy(name -> assertThat(name).startsWith("knowledge-").endsWith(".snapshot"));
        }
    }

    @Test
    void aTruncatedCacheIsRebuiltWithOneWarning() throws Exception {
        Path cache = temp.resolve("cache");
        assertThat(finish(start(cache)).exitCode()).isZero();
        Path index;
        try (Stream<Path> children = Files.list(cache)) {
            index = children.filter(p -> p.getFileName().toString().startsWith("index-")).findFirst().orElseThrow();
        }
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().startsWith("segments") && Files.size(file) > 100) {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        channel.truncate(Files.size(file) / 2);
                    }
                }
            }
        }

        Run damaged = finish(start(cache));
        Run next = finish(start(cache));

        assertThat(damaged.exitCode()).as(damaged.err()).isZero();
        assertThat(damaged.out()).contains(ANSWER);
        assertThat(damaged.warnings()).singleElement().satisfies(line -> assertThat(line).contains("rebuilt"));
        assertThat(next.out()).contains(ANSWER);
        assertThat(next.warnings()).as("the rebuilt cache is sound").isEmpty();
    }
}
