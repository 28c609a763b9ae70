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
        description = "Taux de réponse par intention et par territoire, et les questions restées sans réponse les "
                + "plus fréquentes (reformulations regroupées), d'après le fichier des questions du bot.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StateOption state;

    @Option(names = "--since", paramLabel = "DATE", description = "Seulement les questions posées depuis ce jour "
            + "(AAAA-MM-JJ).")
    LocalDate since;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Nombre de questions sans réponse à lister (20 par défaut).")
    int top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        UserError.atLeast("--top", top, 1);
        QuestionLog log = state.questionLog();
        Instant from = since == null ? null : since.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        out.println("Fichier : " + log.file());
        // Questions are what users typed: they may hold escape sequences meant for the maintainer's terminal.
        out.print(TerminalText.printable(new UsageReport().render(log.read(from), top)));
        out.flush();
        return 0;
    }
}
