package fr.clsbot.ingest;

import fr.clsbot.knowledge.Glossary;
import java.nio.file.Path;

/**
 * A child process for {@link IngestKillIT}: ingests two alternating versions of one document into a base for
 * ever, printing a line after each, until it is killed.
 */
public final class ReingestLoop {
    private ReingestLoop() {
    }

    /** @param args the base, then the document path, then the two versions of its text */
    public static void main(String[] args) throws Exception {
        Path kb = Path.of(args[0]);
        Path document = Path.of(args[1]);
        Ingester ingester = new Ingester(Glossary.empty());
        for (long round = 0; ; round++) {
            java.nio.file.Files.copy(Path.of(args[2 + (int) (round % 2)]), document,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Ingester.Report report = ingester.ingest(document, kb, Ingester.Options.DEFAULT);
            System.out.println(report.failed() ? "failed " + report.error() : "ok " + round);
            System.out.flush();
        }
    }
}
