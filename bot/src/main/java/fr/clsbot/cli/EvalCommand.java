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
        description = "Run a question set (format of dev-questions.yaml); print failures and accuracy, answered "
                + "precision and refusal accuracy.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Parameters(index = "0", paramLabel = "FILE", description = "Question set, YAML; with --extraction, the gold "
            + "facts (format of extraction/real-docs-gold.yaml).")
    Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DOCS_DIR", description = "With --extraction: the folder "
            + "holding the documents the gold names.")
    Path documents;

    @Option(names = "--extraction", description = "Measure fact extraction instead: ingest each document of DOCS_DIR "
            + "named in the gold file FILE (without writing) and print precision and recall per kind of fact.")
    boolean extraction;

    @Option(names = "--baseline", description = "Also run a plain Lucene BM25 search over the source passages "
            + "(top passage as the answer) and print both summaries.")
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
        KnowledgeBase base = knowledgeBase.load();
        EvalReport engine;
        try (Assistant assistant = Assistant.create(base)) {
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
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--extraction demande deux arguments : le fichier des faits attendus et le dossier des documents.");
        }
        ExtractionGold gold = ExtractionGold.read(file);
        ExtractionEval.Report report = new ExtractionEval(new ContractExtractor(knowledgeBase.load().glossary()))
                .run(gold, documents);
        report.lines().forEach(out::println);
        out.flush();
        return 0;
    }
}
