package fr.clsbot.bench;

import fr.clsbot.territory.Gazetteer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the territory gazetteer costs: the time of its first load in this JVM (reading and parsing the bundled data
 * file, classes loaded cold) and the heap it holds, before and after its lazily built lookup tables, then the time
 * of its lookups. Run first thing in a fresh JVM, so that nothing has loaded it yet.
 */
final class GazetteerBench {
    /** Spreads the rounds over the communes: a lookup is remembered, so each round looks up another name. */
    private static final int STRIDE = 7919;

    private GazetteerBench() {
    }

    static Map<String, Object> measure() throws InterruptedException {
        Map<String, Object> figures = new LinkedHashMap<>();
        double before = heapAfterGc();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.bundled();
        long loaded = System.nanoTime();
        // CPU time too: on a shared machine the wall-clock time also counts the other processes' turns.
        figures.put("gazetteer_load_ms", round((loaded - start) / 1e6));
        figures.put("gazetteer_load_cpu_ms", round((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6));
        figures.put("gazetteer_communes", gazetteer.communes().size());
        figures.put("gazetteer_epci", gazetteer.epcis().size());
        figures.put("gazetteer_heap_mb", round(heapAfterGc() - before));
        long firstFuzzy = System.nanoTime();
        gazetteer.communesNamedFuzzy("montlucn");
        gazetteer.communesNamedStartingWith("saint pourcain");
        figures.put("gazetteer_first_fuzzy_ms", round((System.nanoTime() - firstFuzzy) / 1e6));
        figures.put("gazetteer_heap_with_lookups_mb", round(heapAfterGc() - before));
        int rounds = 2_000;
        List<String> names = new ArrayList<>(rounds);
        for (int i = 0; i < rounds; i++) {
            names.add(gazetteer.communes().get((int) ((long) i * STRIDE % gazetteer.communes().size())).name());
        }
        long exact = System.nanoTime();
        int found = 0;
        for (int i = 0; i < rounds; i++) {
            found += gazetteer.communesNamed(names.get(i)).size();
        }
        figures.put("gazetteer_exact_lookup_us", round((System.nanoTime() - exact) / 1e3 / rounds));
        long fuzzy = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            found += gazetteer.communesNamedFuzzy(names.get(i) + "x").size();
        }
        figures.put("gazetteer_fuzzy_lookup_us", round((System.nanoTime() - fuzzy) / 1e3 / rounds));
        figures.put("gazetteer_found", found);
        return figures;
    }

    private static double heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
