package fr.clsbot.ingest;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.ReviewNote;
import fr.clsbot.knowledge.Sourced;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a coordinator reads after ingesting a document: where its facts went, what was found (each with its quote),
 * what was not found and what to check ("à vérifier").
 */
public final class DocumentReport {
    private static final int QUOTE_CHARS = 90;
    private static final int LISTED_ITEMS = 3;
    /** A name this long is the sentence itself: its quote alone says it. */
    private static final int LONG_NAME = 50;

    private DocumentReport() {
    }

    /** The report's lines, in French; the first one says what became of the document. */
    public static List<String> lines(Ingester.Report report, boolean dryRun) {
        List<String> lines = new ArrayList<>();
        if (report.failed()) {
            lines.add(report.error());
            return lines;
        }
        Contract draft = report.draft();
        lines.add(report.document().getFileName() + " → " + report.result().file().getFileName() + " ("
                + outcome(report.result().outcome(), dryRun) + ") : " + draft.territoryName());
        List<String> missing = new ArrayList<>();
        List<String> found = new ArrayList<>();
        if (report.territoryFound()) {
            found.add("territoire : " + draft.territoryName());
        } else {
            missing.add("territoire");
        }
        single(found, missing, "période", draft.period() == null ? null
                : draft.period().start() + "-" + draft.period().end(), draft.period());
        single(found, missing, "date de signature", draft.signing() == null || !draft.signing().known() ? null
                : draft.signing().date(), draft.signing());
        list(found, missing, "axes", draft.axes(), a -> a.title());
        list(found, missing, "signataires", draft.signatories(), p -> p.name());
        list(found, missing, "partenaires", draft.partners(), p -> p.name());
        list(found, missing, "chiffres", draft.figures(), f -> f.value());
        list(found, missing, "dates", draft.milestones(), m -> m.date());
        list(found, missing, "actions", draft.actions(), a -> a.text());
        list(found, missing, "contacts", draft.contacts(), c -> c.phone() != null ? c.phone() : c.email());
        if (!found.isEmpty()) {
            lines.add("  trouvé :");
            found.forEach(f -> lines.add("    " + f));
        }
        if (!missing.isEmpty()) {
            lines.add("  non trouvé : " + String.join(", ", missing));
        }
        List<String> check = new ArrayList<>();
        if (!report.territoryFound()) {
            check.add("territoire : le texte ne le nomme pas clairement, « " + draft.territoryName()
                    + " » vient du nom du fichier ; relancez avec --territory NOM");
        }
        if (draft.signing() != null && !draft.signing().known()) {
            check.add("signature : le texte parle de signature sans donner de date ; " + quote(draft.signing()));
        }
        for (ReviewNote note : report.contract() == null ? draft.review() : report.contract().review()) {
            check.add(note.field() + " : " + note.note() + (note.quote() == null ? "" : " « "
                    + shorten(note.quote()) + " »"));
        }
        if (!check.isEmpty()) {
            lines.add("  à vérifier :");
            check.forEach(c -> lines.add("    " + c));
        }
        return lines;
    }

    private static void single(List<String> found, List<String> missing, String label, String value,
                               Sourced fact) {
        if (value == null) {
            missing.add(label);
        } else {
            found.add(label + " : " + value + " " + quote(fact));
        }
    }

    private static <T extends Sourced> void list(List<String> found, List<String> missing, String label,
                                                 List<T> facts, Function<T, String> name) {
        if (facts.isEmpty()) {
            missing.add(label);
            return;
        }
        StringBuilder line = new StringBuilder(label + " (" + facts.size() + ") : ");
        for (int i = 0; i < Math.min(LISTED_ITEMS, facts.size()); i++) {
            String item = String.valueOf(name.apply(facts.get(i)));
            line.append(i == 0 ? "" : " ; ");
            if (item.length() <= LONG_NAME) {
                line.append(shorten(item)).append(' ');
            }
            line.append(quote(facts.get(i)));
        }
        if (facts.size() > LISTED_ITEMS) {
            line.append(" ; …");
        }
        found.add(line.toString());
    }

    private static String quote(Sourced fact) {
        return fact == null || fact.quote() == null ? "" : "« " + shorten(fact.quote()) + " »";
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE_CHARS ? flat : flat.substring(0, QUOTE_CHARS).strip() + "…";
    }

    private static String outcome(DraftWriter.Outcome outcome, boolean dryRun) {
        String word = switch (outcome) {
            case CREATED -> "créé";
            case UPDATED -> "mis à jour";
            case MERGED -> "fusionné avec le contrat existant";
            case UNCHANGED -> "inchangé";
            case KEPT_EDITED_FILE -> "fichier modifié à la main conservé, brouillon écrit à côté";
            case OVERWRITTEN -> "fichier modifié à la main écrasé";
        };
        return dryRun ? "à blanc, rien d'écrit : " + word : word;
    }
}
