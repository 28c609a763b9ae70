package fr.clsbot.cli;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Problem;
import fr.clsbot.territory.ContractTerritories;
import fr.clsbot.territory.Gazetteer;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: checks the knowledge base and lists every problem with its file, line and field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the knowledge base; exit 0 when valid (contracts the gazetteer cannot place are "
                + "listed as warnings), 2 with every problem listed otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Option(names = "--territories", description = "Also print the EPCI or communes each contract is linked to.")
    boolean territories;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase base = knowledgeBase.load();
        spec.commandLine().getOut().printf("%s: valid (%d contracts, %d source passages, %d glossary terms)%n",
                knowledgeBase.resolve(), base.contracts().size(), base.passages().size(),
                base.glossary().terms().size());
        // A contract the gazetteer cannot place is still valid: the bot answers about it, but not by commune.
        ContractTerritories links = new ContractTerritories(base, Gazetteer.bundled());
        for (Problem warning : links.warnings(knowledgeBase.resolve())) {
            spec.commandLine().getOut().println("warning: " + warning);
        }
        if (territories) {
            for (Contract contract : base.contracts()) {
                spec.commandLine().getOut().println(contract.id() + ": " + links.of(contract).map(group -> String
                        .format(Locale.ROOT, "%s%s, %d communes, %d inhabitants (confidence %.2f)", group.label(),
                                group.epci() == null ? "" : " (EPCI " + group.epci().siren() + ")",
                                group.communes().size(), group.population(), group.confidence()))
                        .orElse("not linked" + links.guess(contract).map(g -> " (best guess: " + g.label() + ", "
                                + g.communes().size() + " communes)").orElse("")));
            }
        }
        return 0;
    }
}
