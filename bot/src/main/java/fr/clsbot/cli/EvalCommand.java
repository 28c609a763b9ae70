package fr.clsbot.cli;

import fr.clsbot.answer.Assistant;
import fr.clsbot.ingest.ContractExtractor;
import fr.clsbot.eval.Bm25Baseline;
import fr.clsbot.eval.EvalReport;
import fr.clsbot.eval.ExtractionEval;
import fr.clsbot.eval.ExtractionGold;
import fr.clsbot.eval.Evaluator;
import fr.clsbot.eval.QuestionSet;
import fr.clsbot.knowledge.KnowledgeBase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval}: runs a question set, prints each failing case and a summary line. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Passe un jeu de questions (format de dev-questions.yaml) ; affiche les échecs, "
                + "l'exactitude, la précision des réponses et celle des refus.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Parameters(index = "0", paramLabel = "FILE", description = "Le jeu de questions, en YAML ; avec --extraction, "
            + "les faits attendus (format de extraction/real-docs-gold.yaml).")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DOCS_DIR", description = "Avec --extraction : le dossier "
            + "des documents que nomment les faits attendus.")
    Path documents;

    @Option(names = "--extraction", description = "Mesure l'extraction des faits : lit chaque document de DOCS_DIR "
            + "nommé dans FILE (sans rien écrire) et affiche précision et rappel par sorte de fait.")
    boolean extraction;

    @Option(names = "--baseline", description = "Passe aussi une recherche BM25 simple (Lucene) sur les passages "
            + "des sources (le premier passage pour réponse) et affiche les deux bilans.")
    boolean baseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (extraction) {
            return extraction(out);
        }
        QuestionSet set = QuestionSet.read(file);
        KnowledgeBase base = knowledgeBase.loadForAnswers();
        EvalReport engine;
        try (Assistant assistant = knowledgeBase.assistantFor(base)) {
            engine = Evaluator.run("engine", set, assistant::answer);
        }
        engine.failures().forEach(out::println);
        if (baseline) {
            try (Bm25Baseline bm25 = new Bm25Baseline(base)) {
                EvalReport report = Evaluator.run("baseline (BM25 top passage)", set, bm25);
                out.println(report.summary());
            }
        }
        List<String> documents = engine.byDocument();
        if (!documents.isEmpty()) {
            out.println("engine by document:");
            documents.forEach(out::println);
        }
        out.println("engine answered precision by confidence:");
        engine.confidenceBands().forEach(out::println);
        out.println(engine.summary());
        out.flush();
        return 0;
    }

    private int extraction(PrintWriter out) throws Exception {
        if (documents == null) {
            throw UserError.invalidInput("--extraction demande deux arguments : le fichier des faits attendus et le "
                    + "dossier des documents");
        }
        ExtractionGold gold = ExtractionGold.read(file);
        ExtractionEval.Report report = new ExtractionEval(new ContractExtractor(knowledgeBase.load().glossary()))
                .run(gold, documents);
        report.lines().forEach(out::println);
        out.flush();
        return 0;
    }
}
