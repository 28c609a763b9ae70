package fr.clsbot.cli;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.text.Plural;
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
        description = "Vérifie la base de connaissances ; code de sortie 0 si elle est valide (les contrats que le "
                + "référentiel des territoires ne sait pas situer sont signalés), 2 avec chaque problème listé sinon.")
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
        spec.commandLine().getOut().printf("%s : base valide (%s, %s, %s)%n", knowledgeBase.resolve(),
                Plural.of(base.contracts().size(), "contrat"),
                Plural.of(base.passages().size(), "passage des sources", "passages des sources"),
                Plural.of(base.glossary().terms().size(), "terme du glossaire", "termes du glossaire"));
        // A contract the gazetteer cannot place is still valid: the bot answers about it, but not by commune.
        ContractTerritories links = new ContractTerritories(base, Gazetteer.bundled());
        for (Problem warning : links.warnings(knowledgeBase.resolve())) {
            spec.commandLine().getOut().println("attention : " + warning);
        }
        if (territories) {
            for (Contract contract : base.contracts()) {
                spec.commandLine().getOut().println(contract.id() + " : " + links.of(contract).map(group -> String
                        .format(Locale.FRANCE, "%s%s, %s, %,d habitants (confiance %.2f)", group.label(),
                                group.epci() == null ? "" : " (EPCI " + group.epci().siren() + ")",
                                Plural.of(group.communes().size(), "commune"), group.population(),
                                group.confidence()))
                        .orElse("non rattaché" + links.guess(contract).map(g -> " (meilleure hypothèse : "
                                + g.label() + ", " + g.communes().size() + " communes)").orElse("")));
            }
        }
        return 0;
    }
}
