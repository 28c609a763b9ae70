package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBaseLoader;
import fr.clsbot.knowledge.Source;
import fr.clsbot.knowledge.Territory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftWriterTest {
    @TempDir
    Path kb;

    private final DraftWriter writer = new DraftWriter();

    @Test
    void aDraftNeverTakesANameAnotherContractAnswersTo() throws Exception {
        writer.write(writer.plan(kb, draft("valbrune", "Valbrune", List.of("Ville de Valbrune")), "valbrune.txt",
                "La Ville de Valbrune signe son CLS.", false), kb);

        DraftWriter.Plan plan = writer.plan(kb, draft("haut-dre", "Haut-Dré", List.of("CC du Haut-Dré", "valbrune",
                "Ville de Valbrune")), "haut-dre.txt", "Le Haut-Dré, autour de Valbrune, signe son CLS.", false);
        writer.write(plan, kb);

        assertThat(plan.contract().territory().aliases()).containsExactly("CC du Haut-Dré");
        assertThat(new KnowledgeBaseLoader().load(kb).contracts()).extracting(Contract::id)
                .containsExactlyInAnyOrder("valbrune", "haut-dre");
    }

    private static Contract draft(String id, String name, List<String> aliases) {
        return new Contract(id, "CLS de " + name, List.of(new Source(id, name, "document", "sources/" + id + ".txt")),
                new Territory(name, null, null, null, null, aliases, null, List.of()), null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "draft", List.of(), null);
    }
}
