package fr.clsbot.answer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The intents and generic words of {@code intents.yaml}, bundled with the engine. */
record IntentCatalog(List<Intent> intents, List<String> generic) {
    static final String RESOURCE = "/fr/clsbot/answer/intents.yaml";

    IntentCatalog {
        intents = List.copyOf(intents);
        generic = generic == null ? List.of() : List.copyOf(generic);
        for (Intent intent : intents) {
            intent.style();
            intent.factKinds();
        }
    }

    static IntentCatalog bundled() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = IntentCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return mapper.readValue(in, IntentCatalog.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Intent named(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no intent " + name + " in " + RESOURCE));
    }
}
