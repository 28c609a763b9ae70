package fr.clsbot.cli;

import fr.clsbot.ingest.DocumentReader;
import fr.clsbot.ingest.DocumentReport;
import fr.clsbot.ingest.Ingester;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.InvalidKnowledgeBaseException;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest}: turns press releases and contracts into draft contract files of the knowledge base. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Lit des documents (txt, md, html, pdf, docx), ou tous ceux d'un dossier, et verse les faits "
                + "de chacun dans le brouillon de contrat de son territoire, chaque fait avec le passage dont il "
                + "vient. Affiche un bilan par document : trouvé (avec citations), non trouvé, à vérifier.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Les documents, ou dossiers de documents, "
            + "à lire.")
    List<Path> documents;

    @Option(names = "--kb", paramLabel = "DIR", defaultValue = "knowledge-base",
            description = "La base où écrire (par défaut ./knowledge-base ; créée si absente).")
    Path knowledgeBase;

    @Option(names = "--force", description = "Remplace les fichiers de contrat modifiés à la main "
            + "(sinon le nouveau brouillon est écrit à côté, en NOM.yaml.draft).")
    boolean force;

    @Option(names = "--dry-run", description = "Affiche le bilan sans rien écrire.")
    boolean dryRun;

    @Option(names = "--territory", paramLabel = "NAME", description = "Le territoire dont parlent les documents, "
            + "au lieu de celui lu dans leur texte.")
    String territory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        List<Path> files = files(problems);
        problems.forEach(p -> err.println("clsbot : " + p));
        if (!dryRun) {
            Files.createDirectories(knowledgeBase);
        }
        Ingester ingester = new Ingester(glossary());
        Ingester.Options options = new Ingester.Options(force, dryRun, territory);
        int failed = problems.size();
        for (int i = 0; i < files.size(); i++) {
            err.println("[" + (i + 1) + "/" + files.size() + "] " + files.get(i).getFileName());
            err.flush();
            Ingester.Report report = ingester.ingest(files.get(i), knowledgeBase, options);
            if (report.failed()) {
                failed++;
                err.println("clsbot : " + report.error());
            } else {
                DocumentReport.lines(report, dryRun).forEach(out::println);
            }
            out.flush();
        }
        if (!dryRun && failed < files.size() + problems.size()) {
            try {
                new KnowledgeBaseLoader().load(knowledgeBase);
            } catch (InvalidKnowledgeBaseException e) {
                err.println("clsbot : la base " + knowledgeBase + " ne se valide pas après l'ingestion :");
                e.problems().forEach(p -> err.println("  " + p));
                return CommandLineErrors.USAGE;
            }
        }
        return failed == 0 ? CommandLineErrors.OK : CommandLineErrors.FAILURE;
    }

    /** The documents named, a folder standing for the documents it holds (sorted; other files left out). */
    private List<Path> files(List<String> problems) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path document : documents) {
            if (!Files.isDirectory(document)) {
                files.add(document);
                continue;
            }
            try (Stream<Path> listing = Files.list(document)) {
                List<Path> found = listing.filter(Files::isRegularFile).filter(DocumentReader::supports).sorted()
                        .toList();
                if (found.isEmpty()) {
                    problems.add(document + " : aucun document (txt, md, html, pdf ou docx) dans ce dossier");
                }
                files.addAll(found);
            }
        }
        return files;
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
