package fr.clsbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clsbot.answer.Answer;
import fr.clsbot.answer.Assistant;
import fr.clsbot.cli.UserError;
import fr.clsbot.eval.Answerer;
import fr.clsbot.eval.Bm25Baseline;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: generates a national-scale knowledge base and measures, in one run, index build time and size,
 * cold start to first answer with the persisted index, latency percentiles, throughput, heap, and the plain BM25
 * baseline's latency on the same questions. Ends with one JSON line holding every figure.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Mesure les performances sur une base synthétique de N contrats ; affiche un tableau et une "
                + "ligne JSON.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--contracts", defaultValue = "1000", description = "Nombre de contrats à générer (1000 par "
            + "défaut).")
    int contracts;

    @Option(names = "--questions", defaultValue = "20000", description = "Nombre de questions mesurées (20000 par "
            + "défaut).")
    int questions;

    @Option(names = "--threads", defaultValue = "2", description = "Nombre de fils pour la mesure du débit (2 par "
            + "défaut).")
    int threads;

    @Option(names = "--warmup", defaultValue = "5000", description = "Questions posées avant de mesurer "
            + "(échauffement).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Graine de la base et des questions générées.")
    long seed;

    @Option(names = "--dir", description = "Dossier de travail (par défaut un dossier temporaire, supprimé ensuite).")
    Path dir;

    @Option(names = "--no-cold-start", description = "Sans la mesure du démarrage à froid (une seconde JVM).")
    boolean noColdStart;

    @Option(names = "--gazetteer", description = "Mesure seulement le référentiel des territoires : son temps de "
            + "chargement, la mémoire qu'il occupe et ses recherches.")
    boolean gazetteer;

    @Option(names = "--stats-lines", paramLabel = "N",
            description = "Mesure seulement le rapport stats sur un journal de N questions "
                    + "généré (par exemple 45000).")
    int statsLines;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        UserError.atLeast("--contracts", contracts, 1);
        UserError.atLeast("--questions", questions, 1);
        UserError.atLeast("--threads", threads, 1);
        UserError.atLeast("--warmup", warmup, 0);
        PrintWriter out = spec.commandLine().getOut();
        if (gazetteer) {
            Map<String, Object> figures = GazetteerBench.measure();
            printTable(out, figures);
            out.println(new ObjectMapper().writeValueAsString(figures));
            out.flush();
            return 0;
        }
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("clsbot-bench") : dir;
        try {
            return run(out, work);
        } finally {
            if (temporary) {
                delete(work);
            }
        }
    }

    private int run(PrintWriter out, Path work) throws Exception {
        if (statsLines > 0) {
            Map<String, Object> figures = StatsBench.measure(work.resolve("state"), statsLines, seed);
            printTable(out, figures);
            out.println(new ObjectMapper().writeValueAsString(figures));
            out.flush();
            return 0;
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        Path kb = work.resolve("kb");
        Path indexDir = work.resolve("index");
        out.printf("Generating %d contracts in %s…%n", contracts, kb);
        out.flush();
        List<String> territories = new SyntheticKnowledgeBase(seed).write(kb, contracts);
        List<String> mix = QuestionMix.generate(territories, questions, seed);
        // Warmed up on other questions (another seed): the measured ones are not answered from warm caches.
        List<String> warmupMix = QuestionMix.generate(territories, Math.max(1, warmup), seed + 1);
        figures.put("contracts", contracts);
        figures.put("questions", questions);
        figures.put("threads", threads);
        Set<String> warmed = new HashSet<>(warmupMix);
        figures.put("measured_seen_in_warmup", mix.stream().filter(warmed::contains).count());
        figures.put("distinct_questions", new HashSet<>(mix).size());
        figures.put("most_frequent_share", round(mix.stream().collect(Collectors.groupingBy(q -> q,
                Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0)
                / (double) mix.size()));

        long start = System.nanoTime();
        KnowledgeBase base = new KnowledgeBaseLoader().load(kb);
        long loaded = System.nanoTime();
        try (Assistant assistant = Assistant.create(base, indexDir)) {
            long built = System.nanoTime();
            figures.put("load_ms", millis(loaded - start));
            figures.put("index_build_ms", millis(built - loaded));
            figures.put("index_size_mb", round(size(indexDir) / 1048576.0));
            figures.put("facts", assistant.factCount());

            if (!noColdStart) {
                figures.put("startup_ms", ColdStart.measure(kb, indexDir, territories.get(0)));
            }
            answerAll(assistant::answer, warmupMix, warmup);
            Latencies engine = Latencies.of(timeEach(assistant::answer, mix));
            put(figures, "", engine);
            figures.put("throughput_qps", Math.round(throughput(assistant::answer, mix)));
            figures.put("answered_share", round(answeredShare(assistant, mix)));
            figures.put("heap_mb", round(heapAfterGc()));
        }
        try (Bm25Baseline baseline = new Bm25Baseline(base)) {
            answerAll(baseline, warmupMix, warmup);
            put(figures, "baseline_", Latencies.of(timeEach(baseline, mix)));
            figures.put("baseline_throughput_qps", Math.round(throughput(baseline, mix)));
            figures.put("baseline_heap_mb", round(heapAfterGc()));
        }
        figures.put("p99_vs_baseline", round((double) figures.get("p99_ms") / (double) figures.get("baseline_p99_ms")));
        printTable(out, figures);
        out.println(new ObjectMapper().writeValueAsString(figures));
        out.flush();
        return 0;
    }

    private static void answerAll(Answerer answerer, List<String> questions, int count) {
        for (int i = 0; i < count; i++) {
            answerer.answer(questions.get(i % questions.size()));
        }
    }

    private static long[] timeEach(Answerer answerer, List<String> questions) {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long before = System.nanoTime();
            answerer.answer(questions.get(i));
            nanos[i] = System.nanoTime() - before;
        }
        return nanos;
    }

    private double throughput(Answerer answerer, List<String> questions) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < questions.size()) {
                        answerer.answer(questions.get(i));
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return questions.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static double answeredShare(Assistant assistant, List<String> questions) {
        long answered = questions.stream().limit(2000).map(assistant::answer).filter(Answer::answered).count();
        return (double) answered / Math.min(2000, questions.size());
    }

    private static double heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static void put(Map<String, Object> figures, String prefix, Latencies latencies) {
        figures.put(prefix + "p50_ms", round(latencies.p50()));
        figures.put(prefix + "p95_ms", round(latencies.p95()));
        figures.put(prefix + "p99_ms", round(latencies.p99()));
        figures.put(prefix + "max_ms", round(latencies.max()));
    }

    private static void printTable(PrintWriter out, Map<String, Object> figures) {
        out.println();
        out.printf("%-22s %s%n", "measure", "value");
        out.println("-".repeat(34));
        figures.forEach((name, value) -> out.printf(Locale.ROOT, "%-22s %s%n", name, value));
        out.println();
    }

    private static long size(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
