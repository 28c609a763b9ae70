package fr.clsbot.cli;

import fr.clsbot.answer.Assistant;
import fr.clsbot.eval.Bm25Baseline;
import fr.clsbot.eval.EvalReport;
import fr.clsbot.eval.Evaluator;
import fr.clsbot.eval.QuestionSet;
import fr.clsbot.knowledge.KnowledgeBase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

    @Parameters(paramLabel = "FILE", description = "Le jeu de questions, en YAML.")
    Path file;

    @Option(names = "--baseline", description = "Passe aussi une recherche BM25 simple (Lucene) sur les passages "
            + "des sources (le premier passage pour réponse) et affiche les deux bilans.")
    boolean baseline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
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
}
