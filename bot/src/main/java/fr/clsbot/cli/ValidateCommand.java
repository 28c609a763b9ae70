package fr.clsbot.cli;

import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Problem;
import fr.clsbot.territory.ContractTerritories;
import fr.clsbot.territory.Gazetteer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: checks the knowledge base and lists every problem with its file, line and field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the knowledge base; exit 0 when valid (contracts the gazetteer cannot place are "
                + "listed as warnings), 2 with every problem listed otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase base = knowledgeBase.load();
        spec.commandLine().getOut().printf("%s: valid (%d contracts, %d source passages, %d glossary terms)%n",
                knowledgeBase.resolve(), base.contracts().size(), base.passages().size(),
                base.glossary().terms().size());
        // A contract the gazetteer cannot place is still valid: the bot answers about it, but not by commune.
        for (Problem warning : new ContractTerritories(base, Gazetteer.bundled()).warnings(knowledgeBase.resolve())) {
            spec.commandLine().getOut().println("warning: " + warning);
        }
        return 0;
    }
}
