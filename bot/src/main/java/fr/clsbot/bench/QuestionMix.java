package fr.clsbot.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Questions like the development set's, about the synthetic territories: typed with and without accents, with
 * typos, in fragments, across territories, and some the base cannot answer. Deterministic for a seed.
 */
final class QuestionMix {
    private QuestionMix() {
    }

    static List<String> generate(List<String> territories, int count, long seed) {
        Random random = new Random(seed);
        List<String> questions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = territories.get(random.nextInt(territories.size()));
            questions.add(switch (random.nextInt(12)) {
                case 0 -> "Quels sont les axes du CLS de " + name + " ?";
                case 1 -> "contact presse " + plain(name);
                case 2 -> "Quand a été signé le CLS de " + name + " ?";
                case 3 -> "Qui a signé le CLS de " + typo(plain(name), random) + " ?";
                case 4 -> "financement " + plain(name);
                case 5 -> "Combien de communes couvre le diagnostic de " + name + " ?";
                case 6 -> "Quels CLS traitent de la santé mentale ?";
                case 7 -> "prevention des chutes " + plain(name);
                case 8 -> "Quel est le budget du CLS de Vichyssoise-les-Bains ?";
                case 9 -> "Combien de médecins généralistes à " + name + " ?";
                case 10 -> "asdfgh qwerty";
                default -> "Sur quelle période court le CLS de " + name + " ?";
            });
        }
        return questions;
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
