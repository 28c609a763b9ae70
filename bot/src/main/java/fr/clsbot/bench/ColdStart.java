package fr.clsbot.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures the time from launching a new JVM to its first answer, with the persisted index already on disk: what
 * a restart of the bot costs. The JVM runs as the Docker image runs it: {@link #JVM_FLAGS} and a static class-data
 * sharing archive of the classes a first, training run loaded (as the image's build does).
 */
final class ColdStart {
    /**
     * The production JVM settings (also in the Dockerfile): 256 MB of heap, half of it young so that start-up's
     * allocations (about 100 MB) need no collection; C1 only, one compiler thread, so two cores start quickly; the
     * heap in transparent huge pages, so that those 100 MB cost a few hundred page faults instead of 25 000 (about
     * 0.1 s of system time); no performance-counter file.
     */
    static final List<String> JVM_FLAGS = List.of("-Xmx256m", "-XX:NewRatio=1", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseTransparentHugePages", "-XX:-UsePerfData");
    private static final int RUNS = 3;

    private ColdStart() {
    }

    /**
     * Median milliseconds from launching the JVM to the first answer printed, over three starts, or -1 when not
     * running from the jar. Shutting down afterwards is not counted: the user already has the answer.
     */
    static long measure(Path kb, Path indexDir, String territory) throws Exception {
        String jar = new File(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        if (!jar.endsWith(".jar")) {
            return -1;
        }
        Path archive = indexDir.resolveSibling("clsbot.jsa");
        Path classList = indexDir.resolveSibling("clsbot.classlist");
        String question = "Quels sont les axes du CLS de " + territory + " ?";
        run(jar, "-XX:DumpLoadedClassList=" + classList, kb, indexDir, question);
        dumpArchive(jar, classList, archive);
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            millis[i] = run(jar, "-XX:SharedArchiveFile=" + archive, kb, indexDir, question);
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    /**
     * A static archive (JDK classes and ours in one file) maps faster than a dynamic one on top of the JDK's, and
     * also holds the lambdas of the class list. Picocli's Java 5 classes are left out by the JVM, which says so.
     */
    private static void dumpArchive(String jar, Path classList, Path archive) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the class-data sharing dump failed: " + String.join(" ", command));
        }
    }

    private static long run(String jar, String archiveFlag, Path kb, Path indexDir, String question)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of(archiveFlag, "-Xlog:cds=off", "-jar", jar, "ask", "--kb",
                kb.toString(), "--index-dir", indexDir.toString(), "--json", question));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long answered;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = out.readLine();
            answered = System.nanoTime();
            out.transferTo(Writer.nullWriter());
            if (first == null || !process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("the cold-start run failed: " + String.join(" ", command));
            }
        }
        return Math.round((answered - start) / 1e6);
    }
}
