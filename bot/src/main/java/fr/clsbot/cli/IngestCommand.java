package fr.clsbot.cli;

import fr.clsbot.ingest.DraftWriter;
import fr.clsbot.ingest.Ingester;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.text.Plural;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ingest}: turns press releases and contracts into draft contract files of the knowledge base. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Lit des documents (txt, md, html, pdf, docx) et écrit un brouillon de contrat pour chacun "
                + "dans la base, chaque fait avec le passage dont il vient.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Les documents à lire.")
    List<Path> documents;

    @Option(names = "--kb", paramLabel = "DIR", defaultValue = "knowledge-base",
            description = "La base où écrire (par défaut ./knowledge-base ; créée si besoin).")
    Path knowledgeBase;

    @Option(names = "--force", description = "Remplace les fichiers de contrat modifiés à la main (sinon le "
            + "nouveau brouillon est écrit à côté, NOM.yaml.draft).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(knowledgeBase);
        List<Ingester.Report> reports = new Ingester(glossary()).ingest(documents, knowledgeBase, force);
        int failed = 0;
        for (Ingester.Report report : reports) {
            if (report.failed()) {
                failed++;
                err.println("clsbot : " + report.error());
                continue;
            }
            Contract draft = report.draft();
            out.printf("%s → %s (%s) : %s, %s, %s, %s, %s, %s, signature %s%n",
                    report.document().getFileName(), report.result().file(), outcome(report.result().outcome()),
                    draft.territoryName(), Plural.of(draft.axes().size(), "axe"),
                    Plural.of(draft.figures().size(), "chiffre"), Plural.of(draft.milestones().size(), "date"),
                    Plural.of(draft.signatories().size(), "signataire"), Plural.of(draft.contacts().size(), "contact"),
                    draft.signing() == null ? "non trouvée" : draft.signing().date());
        }
        out.flush();
        try {
            new KnowledgeBaseLoader().load(knowledgeBase);
        } catch (InvalidKnowledgeBaseException e) {
            err.println("clsbot : la base de connaissances n'est plus valide après l'ingestion :");
            e.problems().forEach(p -> err.println("  " + p));
            return CommandLineErrors.USAGE;
        }
        return failed == 0 ? CommandLineErrors.OK : CommandLineErrors.FAILURE;
    }

    /** What happened to the draft file, in French. */
    private static String outcome(DraftWriter.Outcome outcome) {
        return switch (outcome) {
            case CREATED -> "créé";
            case UPDATED -> "mis à jour";
            case UNCHANGED -> "inchangé";
            case KEPT_EDITED_FILE -> "fichier modifié à la main conservé, brouillon écrit à côté";
            case OVERWRITTEN -> "remplacé (--force)";
        };
    }

    /** The glossary of the base written into, else the bundled one, to expand acronyms of signatories. */
    private Glossary glossary() {
        for (Path base : List.of(knowledgeBase, KnowledgeBaseLocation.resolve(null))) {
            Path file = base.resolve(KnowledgeBaseLoader.GLOSSARY_FILE);
            if (Files.isRegularFile(file)) {
                try {
                    return new KnowledgeBaseLoader().readGlossary(file);
                } catch (InvalidKnowledgeBaseException e) {
                    return Glossary.empty();
                }
            }
        }
        return Glossary.empty();
    }
}
