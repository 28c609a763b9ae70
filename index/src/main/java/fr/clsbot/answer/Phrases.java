package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import java.util.List;

/** The French sentences the assistant is made of, in one place so that its voice stays consistent. */
final class Phrases {
    static final String EMPTY = "Posez-moi une question sur un contrat local de santé, par exemple : "
            + "« Quels sont les axes du CLS ? »";
    static final String TOO_LONG = "Votre message est très long : je n'en ai lu que le début.";

    private Phrases() {
    }

    /** "du CLS de Plaine Limagne", "du CLS d'Ambert". */
    static String ofContract(Contract contract) {
        return "du CLS " + of(contract.territoryName());
    }

    /** "le CLS de Plaine Limagne", "le CLS d'Ambert". */
    static String contract(Contract contract) {
        return "le CLS " + of(contract.territoryName());
    }

    /** "de Montluçon", "d'Ambert", "d'Yssingeaux": French elides "de" before a vowel sound. */
    static String of(String name) {
        if (name.isEmpty()) {
            return "de " + name;
        }
        char first = java.text.Normalizer.normalize(name.substring(0, 1), java.text.Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT).charAt(0);
        return ("aeiouy".indexOf(first) >= 0 ? "d'" : "de ") + name;
    }

    static String known(KnowledgeBase base) {
        List<String> names = base.contracts().stream().map(Contract::territoryName).toList();
        String list = names.size() <= 8 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 8)) + " et " + (names.size() - 8) + " autres";
        return "Je connais les contrats locaux de santé de : " + list + ". Je peux vous donner leurs axes, "
                + "leur période, leurs signataires, leurs financements, leurs dates clés et leurs contacts presse.";
    }

    static List<String> examples(Contract contract) {
        String name = contract.territoryName();
        return List.of("Quels sont les axes du CLS de " + name + " ?", "Qui a signé le CLS de " + name + " ?",
                "Financement du CLS de " + name, "Contact presse " + name);
    }

    static List<String> territoryNames(KnowledgeBase base) {
        return base.contracts().stream().limit(6).map(Contract::territoryName).toList();
    }

    static String help(KnowledgeBase base) {
        return "Bonjour ! Je réponds aux questions sur les contrats locaux de santé (CLS). " + known(base)
                + "\nExemples : « Quels sont les axes du CLS de " + base.contracts().get(0).territoryName()
                + " ? », « Qui a signé ? », « contact presse ».";
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
