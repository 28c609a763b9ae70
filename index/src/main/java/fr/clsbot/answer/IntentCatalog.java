package fr.clsbot.answer;

import java.util.List;

/**
 * The intents of {@code intents.yaml} with the question words every question shares: {@code generic} words name
 * the contract itself, {@code weak} words say little about the answer, and the words of {@code idioms} ("en même
 * temps") ask nothing.
 */
record IntentCatalog(List<Intent> intents, List<String> generic, List<String> weak, List<String> idioms) {
    IntentCatalog {
        intents = List.copyOf(intents);
        generic = generic == null ? List.of() : List.copyOf(generic);
        weak = weak == null ? List.of() : List.copyOf(weak);
        idioms = idioms == null ? List.of() : List.copyOf(idioms);
        for (Intent intent : intents) {
            intent.style();
            intent.kinds();
            intent.kindsAlongside();
        }
    }

    Intent named(String name) {
        return intents.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no intent " + name));
    }

    /** This catalog with {@code more}'s intents added (an intent of the same name gets the examples of both). */
    IntentCatalog extendedWith(IntentCatalog more) {
        java.util.Map<String, Intent> byName = new java.util.LinkedHashMap<>();
        intents.forEach(i -> byName.put(i.name(), i));
        for (Intent extra : more.intents()) {
            byName.merge(extra.name(), extra, (mine, theirs) -> {
                List<String> examples = new java.util.ArrayList<>(mine.examples());
                examples.addAll(theirs.examples());
                return new Intent(mine.name(), mine.facts(), mine.alongside(), mine.answer(), mine.type(),
                        mine.heading(), mine.missing(), mine.yes(), examples);
            });
        }
        List<String> allGeneric = new java.util.ArrayList<>(generic);
        allGeneric.addAll(more.generic());
        List<String> allWeak = new java.util.ArrayList<>(weak);
        allWeak.addAll(more.weak());
        List<String> allIdioms = new java.util.ArrayList<>(idioms);
        allIdioms.addAll(more.idioms());
        return new IntentCatalog(List.copyOf(byName.values()), allGeneric, allWeak, allIdioms);
    }
}
