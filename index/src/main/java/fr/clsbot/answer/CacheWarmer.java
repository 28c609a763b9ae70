package fr.clsbot.answer;

import fr.clsbot.evidence.Evidence;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.search.EvidenceIndex;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out, in one background thread, what ranking remembers about each piece of evidence (its entities, its
 * stems, the rank of contract its sources speak of) before a question needs it: found the first time, it cost a
 * question that touches a contract no one asked about yet several milliseconds. Started after the first answer,
 * so that a fresh start answers as soon as it can; stopped by {@link #close()}. The caches it fills hold the same
 * values a question would have put there, so answers do not depend on how far it got.
 */
final class CacheWarmer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CacheWarmer.class);

    private final List<Contract> contracts;
    private final EvidenceIndex index;
    private final EvidenceRanker ranker;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Thread thread;

    CacheWarmer(List<Contract> contracts, EvidenceIndex index, EvidenceRanker ranker) {
        this.contracts = contracts;
        this.index = index;
        this.ranker = ranker;
    }

    /** Starts warming, the first time only. */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread warming = new Thread(this::warm, "clsbot-cache-warmer");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        thread = warming;
        warming.start();
    }

    private void warm() {
        long start = System.nanoTime();
        // Stems first: every search reads them, and they take a fraction of the time the entities take.
        for (Evidence evidence : index.evidence()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            index.warmStems(evidence);
        }
        for (Contract contract : contracts) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            ranker.warm(contract);
        }
        LOG.debug("caches of {} pieces of evidence warmed in {} ms", index.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void close() {
        Thread warming = thread;
        if (warming != null) {
            warming.interrupt();
        }
    }
}
