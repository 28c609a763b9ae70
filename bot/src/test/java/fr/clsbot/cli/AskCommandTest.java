package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code ask --json} contract that checks outside the repository rely on. */
class AskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsOneJsonObjectPerQuestionWithEveryContractField() throws Exception {
        CommandRun run = CommandRun.run("ask", "--kb", CommandRun.SHIPPED.toString(), "--json",
                "contact presse montlucon", "Quel est le budget du CLS de Vichy ?");

        assertThat(run.exitCode()).isZero();
        List<JsonNode> answers = lines(run.out());
        assertThat(answers).hasSize(2);
        JsonNode press = answers.get(0);
        assertThat(fieldNames(press)).containsExactly("question", "answered", "text", "territory", "intent",
                "confidence", "sources", "suggestions", "millis", "answer_type");
        assertThat(press.get("answered").asBoolean()).isTrue();
        assertThat(press.get("text").asText()).contains("04 70 02 55 53", "communication@mairie-montlucon.fr");
        assertThat(press.get("territory").asText()).isEqualTo("Montluçon Communauté");
        assertThat(press.get("intent").asText()).isEqualTo("contacts");
        assertThat(press.get("confidence").asDouble()).isBetween(0.5, 1.0);
        JsonNode source = press.get("sources").get(0);
        assertThat(source.get("title").asText()).contains("Montluçon");
        assertThat(source.get("file").asText()).isEqualTo("sources/003_6ca575aefc9a22b1.txt");
        assertThat(source.get("quote").asText()).contains("04 70 02 55 53");

        JsonNode vichy = answers.get(1);
        assertThat(vichy.get("answered").asBoolean()).isFalse();
        assertThat(vichy.get("territory").isNull()).isTrue();
        assertThat(vichy.get("text").asText()).contains("Vichy");
        assertThat(vichy.get("suggestions")).isNotEmpty();
    }

    @Test
    void readsQuestionsFromStandardInputAndKeepsAConversationWhenAsked() throws Exception {
        String input = "Quels sont les axes du CLS de Plaine Limagne ?\nEt à Montluçon ?\n\n";

        List<JsonNode> alone = lines(CommandRun.runWithInput(input, "ask", "--kb", CommandRun.SHIPPED.toString(),
                "--json").out());
        List<JsonNode> together = lines(CommandRun.runWithInput(input, "ask", "--kb", CommandRun.SHIPPED.toString(),
                "--json", "--conversation").out());

        assertThat(alone).hasSize(3);
        assertThat(together).hasSize(3);
        assertThat(together.get(1).get("text").asText()).contains("cadre de vie favorable");
        assertThat(together.get(2).get("answered").asBoolean()).as("an empty line is not a question").isFalse();
    }

    @Test
    void printsPlainTextWithSourcesWithoutJson() {
        CommandRun run = CommandRun.run("ask", "--kb", CommandRun.SHIPPED.toString(),
                "Quand le contrat local de santé de Plaine Limagne a-t-il été signé ?");

        assertThat(run.out()).contains("2 avril").contains("📄");
    }

    @Test
    void usesTheBundledKnowledgeBaseWhenNoneIsGiven() throws Exception {
        CommandRun run = CommandRun.run("ask", "--json", "Quel CLS couvre 21 communes ?");

        assertThat(run.exitCode()).isZero();
        assertThat(lines(run.out()).get(0).get("text").asText()).contains("Montluçon");
    }

    @Test
    void helpListsTheCommands() {
        CommandRun run = CommandRun.run("--help");

        assertThat(run.out()).contains("ask", "chat", "validate", "eval", "telegram");
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
