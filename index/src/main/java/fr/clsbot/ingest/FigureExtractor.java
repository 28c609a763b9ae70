package fr.clsbot.ingest;

import fr.clsbot.knowledge.Figure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key figures of sentences: amounts (funding, with who pays and when), percentages, counts
 * ("21 communes") and durations ("une année"), each as printed, with its sentence as what it is about.
 */
final class FigureExtractor {
    private static final Pattern FUNDING_WORDS = Pattern.compile("financ|rémunér|subvention|enveloppe|budget|"
            + "cofinanc|prise en charge|allou|dotation|crédits", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DURATION_CONTEXT = Pattern.compile("durée|pendant|après|au cours|tout au long|"
            + "sur |depuis|ingénierie|élaboration", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> PAYERS = List.of("ARS", "Agence régionale de santé", "Agence Régionale de Santé",
            "CPAM", "CAF", "MSA", "CARSAT", "Conseil départemental", "Conseil Départemental", "Département",
            "Conseil régional", "Région", "État", "Préfecture", "FEDER", "Europe", "commune", "communauté");

    List<Figure> extract(Document document) {
        List<Figure> figures = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String sentence : document.sentences()) {
            boolean funding = FUNDING_WORDS.matcher(sentence).find();
            add(figures, seen, FrenchPatterns.AMOUNT.matcher(sentence), sentence, "funding");
            add(figures, seen, FrenchPatterns.PERCENT.matcher(sentence), sentence, funding ? "funding" : "share");
            add(figures, seen, FrenchPatterns.COUNT.matcher(sentence), sentence, "count");
            if (DURATION_CONTEXT.matcher(sentence).find()) {
                add(figures, seen, FrenchPatterns.DURATION.matcher(sentence), sentence, "duration");
            }
        }
        return figures;
    }

    private static void add(List<Figure> figures, Set<String> seen, Matcher matcher, String sentence, String kind) {
        while (matcher.find()) {
            String value = matcher.group().strip();
            if (!seen.add(kind + "|" + value + "|" + sentence)) {
                continue;
            }
            boolean money = kind.equals("funding");
            figures.add(new Figure(value, kind, sentence.replaceAll("[.;]$", ""), money ? payer(sentence) : null,
                    money ? when(sentence) : null, sentence, null));
        }
    }

    private static String payer(String sentence) {
        for (String payer : PAYERS) {
            if (Pattern.compile("\\b" + Pattern.quote(payer) + "\\b").matcher(sentence).find()) {
                return payer;
            }
        }
        return null;
    }

    private static String when(String sentence) {
        Matcher duration = Pattern.compile("pour une durée de [^,.;]+|par an|chaque année|par mois",
                Pattern.CASE_INSENSITIVE).matcher(sentence);
        if (duration.find()) {
            return duration.group().toLowerCase(Locale.ROOT);
        }
        Matcher year = FrenchPatterns.YEAR.matcher(sentence);
        return year.find() ? year.group() : null;
    }
}
