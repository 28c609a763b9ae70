package fr.clsbot.cli;

import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.text.Plural;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: checks the knowledge base and lists every problem with its file, line and field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Vérifie la base de connaissances ; code de sortie 0 si elle est valide, 2 avec chaque "
                + "problème listé sinon.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    KnowledgeBaseOption knowledgeBase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KnowledgeBase base = knowledgeBase.load();
        spec.commandLine().getOut().printf("%s : base valide (%s, %s, %s)%n", knowledgeBase.resolve(),
                Plural.of(base.contracts().size(), "contrat"),
                Plural.of(base.passages().size(), "passage des sources", "passages des sources"),
                Plural.of(base.glossary().terms().size(), "terme du glossaire", "termes du glossaire"));
        return 0;
    }
}
