package fr.clsbot.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Questions like the development set's, about the synthetic territories: some twenty wordings of what users ask,
 * typed with and without accents, one in three with a typo, in fragments, across territories, and some the base
 * cannot answer (unknown places, unknown figures, gibberish). Even the unanswerable ones vary, so that no string
 * dominates the mix. Deterministic for a seed: the warm-up and the measured questions use different seeds.
 */
final class QuestionMix {
    private static final String[] TOPICS = {"la santé mentale", "les addictions", "les personnes âgées",
            "la prévention des chutes", "la télémédecine", "les jeunes", "la vaccination", "les aidants",
            "le sport santé", "l'habitat indigne", "la nutrition", "le dépistage", "les maisons de santé"};
    private static final String[] UNKNOWN_PLACES = {"Vichyssoise-les-Bains", "Port-Grisard", "Montagrin",
            "Saint-Orvaux", "Bellerive-sur-Oise", "Castelnau-les-Pins", "Villefranche-d'Arlac", "Mirebeau-Haut"};

    private QuestionMix() {
    }

    static List<String> generate(List<String> territories, int count, long seed) {
        Random random = new Random(seed);
        List<String> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = territories.get(random.nextInt(territories.size()));
            String typed = random.nextInt(3) == 0 ? typo(plain(name), random) : random.nextBoolean() ? name
                    : plain(name);
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String question = switch (random.nextInt(20)) {
                case 0 -> "Quels sont les axes du CLS de " + typed + " ?";
                case 1 -> "contact presse " + typed;
                case 2 -> "Quand a été signé le CLS de " + typed + " ?";
                case 3 -> "Qui a signé le CLS de " + typed + " ?";
                case 4 -> "financement " + typed;
                case 5 -> "Combien de communes couvre le diagnostic de " + typed + " ?";
                case 6 -> "Quels CLS traitent de " + topic + " ?";
                case 7 -> plain(topic) + " " + typed;
                case 8 -> "Quel est le budget du CLS de " + UNKNOWN_PLACES[random.nextInt(UNKNOWN_PLACES.length)]
                        + " ?";
                case 9 -> "Combien de médecins généralistes à " + typed + " ?";
                case 10 -> gibberish(random);
                case 11 -> "le cls de " + typed + " dure combien de temps";
                case 12 -> "qui coordonne le cls de " + typed;
                case 13 -> "Que prévoit le CLS de " + typed + " pour " + topic + " ?";
                case 14 -> "l'ARS met combien d'argent a " + typed;
                case 15 -> "le prefet a-t-il signe le cls de " + typed + " ?";
                case 16 -> "quelles actions pour " + topic + " a " + typed;
                case 17 -> "jusqu'a quand court le cls " + typed;
                case 18 -> "axes cls " + typed;
                default -> "Sur quelle période court le CLS de " + typed + " ?";
            };
            questions.add(random.nextInt(4) == 0 ? question.toLowerCase(Locale.ROOT) : question);
        }
        return questions;
    }

    private static String gibberish(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                text.append(' ');
            }
            int letters = 3 + random.nextInt(6);
            for (int l = 0; l < letters; l++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    /** Without accents and in lower case, as typed on a phone. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** One letter dropped from the longest word. */
    static String typo(String text, Random random) {
        String[] words = text.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        if (word.length() > 5) {
            int at = 1 + random.nextInt(word.length() - 2);
            words[longest] = word.substring(0, at) + word.substring(at + 1);
        }
        return String.join(" ", words);
    }
}
