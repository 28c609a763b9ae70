package fr.clsbot.cli;

import fr.clsbot.console.TerminalText;
import fr.clsbot.feedback.QuestionLog;
import fr.clsbot.feedback.UsageReport;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stats}: what users asked, the answer rate, and the questions asked in vain. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Answer rate by intent and territory, and the most frequent unanswered questions (paraphrases "
                + "grouped), from the questions file of the running bot.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StateOption state;

    @Option(names = "--since", paramLabel = "DATE", description = "Only questions from this day on (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--top", defaultValue = "20", description = "Unanswered questions to list (default 20).")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QuestionLog log = state.questionLog();
        Instant from = since == null ? null : since.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        out.println("Fichier : " + log.file());
        // Questions are what users typed: they may hold escape sequences meant for the maintainer's terminal.
        out.print(TerminalText.printable(new UsageReport().render(log.read(from), top)));
        out.flush();
        return 0;
    }
}
