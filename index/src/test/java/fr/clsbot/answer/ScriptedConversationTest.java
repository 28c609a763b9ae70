package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.clsbot.Fixtures;
import fr.clsbot.text.Folding;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Three personas (an elected official, a health professional, a journalist) talk with the bot on the shipped
 * knowledge base, line after line in one chat each: courtesy, follow-ups, yes/no questions, everyday wording,
 * typos, hostile input. The script is data ({@code conversation/personas.yaml}); each line is a test.
 */
class ScriptedConversationTest {
    /** One persona's chat. */
    record Persona(String persona, List<Line> lines) {
    }

    /** What the persona types and what the reply must be. */
    record Line(String say, boolean answered, List<String> expect, List<String> forbid) {
        Line {
            expect = expect == null ? List.of() : expect;
            forbid = forbid == null ? List.of() : forbid;
        }
    }

    private static Assistant assistant;

    @BeforeAll
    static void create() {
        assistant = Assistant.create(Fixtures.load(Fixtures.SHIPPED));
    }

    @AfterAll
    static void close() throws Exception {
        assistant.close();
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsTheRepliesTheScriptExpects() throws Exception {
        List<Persona> personas;
        try (InputStream in = getClass().getResourceAsStream("/conversation/personas.yaml")) {
            personas = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<List<Persona>>() { });
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Persona persona : personas) {
            Conversation chat = new Conversation();
            for (Line line : persona.lines()) {
                // The chat is played in order as the tests are built: each reply depends on the lines before.
                Answer answer = assistant.answer(line.say(), chat);
                tests.add(DynamicTest.dynamicTest(persona.persona() + " : " + line.say(), () -> {
                    assertThat(answer.answered()).as(answer.text()).isEqualTo(line.answered());
                    String reply = Folding.fold(answer.text());
                    for (String expected : line.expect()) {
                        assertThat(reply).as(answer.text()).contains(Folding.fold(expected));
                    }
                    for (String forbidden : line.forbid()) {
                        assertThat(reply).as(answer.text()).doesNotContain(Folding.fold(forbidden));
                    }
                    assertThat(answer.text()).doesNotContain("Exception").doesNotContain("null");
                }));
            }
        }
        assertThat(tests).hasSize(40);
        return tests.stream();
    }
}
