package fr.clsbot.answer;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.text.Elision;
import java.util.ArrayList;
import java.util.List;

/** The French sentences the assistant is made of, in one place so that its voice stays consistent. */
final class Phrases {
    static final String EMPTY = "Posez-moi une question sur un contrat local de santé, par exemple : "
            + "« Quels sont les axes du CLS ? »";
    static final String TOO_LONG = "Votre message est très long : je n'en ai lu que le début.";
    /** Quotes of sources longer than this are cut, at word boundaries. */
    static final int MAX_SOURCE_QUOTE = 320;
    /** Quotes in an answer's text longer than this are cut, at word boundaries, around what answers. */
    static final int MAX_ANSWER_QUOTE = 700;

    private Phrases() {
    }

    /** "du CLS de Plaine Limagne", "du CLS d'Ambert". */
    static String ofContract(Contract contract) {
        return "du CLS " + Elision.of(contract.territoryName());
    }

    /** "le CLS de Plaine Limagne", "le CLS d'Ambert". */
    static String contract(Contract contract) {
        return "le CLS " + Elision.of(contract.territoryName());
    }

    /**
     * A template of {@code intents.yaml} filled in: {count}, {of} ("du CLS de X"), {The} ("Le CLS de X"), {period}
     * (" (2025-2029)" or nothing), {signed} (" le 2 avril", or nothing when the date is unknown).
     */
    static String fill(String template, Contract contract, int count) {
        String period = contract.period() == null ? "" : " (" + contract.period().label() + ")";
        String signed = contract.signing() != null && contract.signing().known() ? " " + contract.signing().onDate()
                : "";
        return template.replace("{count}", String.valueOf(count)).replace("{of}", ofContract(contract))
                .replace("{The}", capitalize(contract(contract))).replace("{period}", period)
                .replace("{signed}", signed);
    }

    static String known(KnowledgeBase base) {
        int count = base.contracts().size();
        if (count == 0) {
            return "Je ne connais encore aucun contrat local de santé.";
        }
        // Only the names shown are read: a national base holds a thousand contracts.
        String names = String.join(", ", base.contracts().stream().limit(8).map(Contract::territoryName).toList());
        String list = count <= 8 ? names : names + " et " + (count - 8) + " autres";
        return "Je connais " + (count == 1 ? "le contrat local de santé de : " : "les contrats locaux de santé"
                + " de : ") + list + ". Je peux vous donner leurs axes, leur période, leurs signataires, leurs "
                + "financements, leurs dates clés et leurs contacts.";
    }

    /** "Pour le CLS de X, je connais : la période (2025-2029), les 6 axes…", or null when nothing is known. */
    static String whatIsKnown(Contract contract) {
        List<String> known = new ArrayList<>();
        if (contract.period() != null) {
            known.add("la période (" + contract.period().label() + ")");
        }
        if (contract.signing() != null && contract.signing().known()) {
            known.add("la date de signature");
        }
        if (!contract.axes().isEmpty()) {
            known.add(contract.axes().size() == 1 ? "son axe" : "ses " + contract.axes().size() + " axes");
        }
        if (!contract.signatories().isEmpty()) {
            known.add("ses signataires");
        }
        if (!contract.figures().isEmpty()) {
            known.add("des chiffres clés");
        }
        if (!contract.governance().isEmpty()) {
            known.add("sa gouvernance");
        }
        if (!contract.contacts().isEmpty()) {
            known.add(contract.contacts().size() == 1 ? "un contact" : contract.contacts().size() + " contacts");
        }
        if (known.isEmpty()) {
            return "Pour " + contract(contract) + ", je peux citer ce que dit sa source : posez une question précise.";
        }
        return "Pour " + contract(contract) + ", je connais " + join(known) + ".";
    }

    /** "a, b et c". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.get(items.size() - 1);
    }

    static List<String> examples(Contract contract) {
        String name = contract.territoryName();
        return List.of("Quels sont les axes du CLS " + Elision.of(name) + " ?", "Qui a signé le CLS "
                + Elision.of(name) + " ?", "Financement du CLS " + Elision.of(name), "Contact presse " + name);
    }

    static List<String> territoryNames(KnowledgeBase base) {
        return base.contracts().stream().limit(6).map(Contract::territoryName).toList();
    }

    static String help(KnowledgeBase base) {
        String example = base.contracts().isEmpty() ? "" : " du CLS " + Elision.of(base.contracts().get(0)
                .territoryName());
        return "Bonjour ! Je réponds aux questions sur les contrats locaux de santé (CLS). " + known(base)
                + "\nExemples : « Quels sont les axes" + example + " ? », « Qui a signé ? », « contact presse ».";
    }

    static String capitalize(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * {@code quote} as it is when short, else cut at word boundaries to about {@code max} characters around
     * {@code from} (the offset of what answers, or -1), with "…" where it was cut.
     */
    static String shortQuote(String quote, int from, int max) {
        if (quote == null || quote.length() <= max) {
            return quote;
        }
        int center = Math.max(0, from);
        int start = Math.max(0, center - max / 3);
        int end = Math.min(quote.length(), start + max);
        start = Math.max(0, end - max);
        if (start > 0) {
            int space = quote.indexOf(' ', start);
            start = space < 0 || space >= center ? start : space + 1;
        }
        if (end < quote.length()) {
            int space = quote.lastIndexOf(' ', end);
            end = space <= start ? end : space;
        }
        return (start > 0 ? "…" : "") + quote.substring(start, end).strip() + (end < quote.length() ? "…" : "");
    }
}
