package fr.clsbot.ingest;

import fr.clsbot.entity.Entity;
import fr.clsbot.entity.EntityType;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.GlossaryTerm;
import fr.clsbot.knowledge.Party;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the organisations and people around a contract (its signatories are {@link SignatoryExtractor}'s): its
 * partners ("en partenariat avec …") and its governance (bodies such as "un Comité de Pilotage", and the
 * members of a governance "impliquant A, B, C"). Acronyms are expanded with the glossary.
 */
final class PartyExtractor {
    private static final Pattern COORDINATION = Pattern.compile("\\bcoordinat(?:eur|rice)s?(?: du (?:CLS|contrat local"
            + " de santé|Contrat Local de Santé))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CONTRACT = Pattern.compile("\\bCLS\\b|contrat", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTNERSHIP = Pattern.compile("\\ben partenariat avec\\s+(.+?)(?:,\\s*(?:annonce|a |"
            + "ont |lance|s'engage)|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GOVERNANCE = Pattern.compile("gouvernance|pilotage|comité|COPIL|instance",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MEMBERS = Pattern.compile("\\b(?:impliquant|associant|réunissant|composée? de|"
            + "rassemblant)\\s+(.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BODY = Pattern.compile("\\b(?:[Uu]n |[Uu]ne |[Ll]e |[Ll]a )?((?:[Cc]omité|[Cc]omite)"
            + " (?:de [Pp]ilotage|[Tt]echnique|de [Ss]uivi|stratégique|d'[Ee]valuation)|COPIL|COTECH|"
            + "[Gg]roupe de travail[^,.;]*?|[Cc]onseil [Ll]ocal de [Ss]anté [Mm]entale)\\b(.*)");
    private static final Pattern ARTICLE_START = Pattern.compile("^(?:le|la|les|l'|l’|un|une|des|du|de nombreux|"
            + "ainsi que)\\b", Pattern.CASE_INSENSITIVE);

    private final Glossary glossary;

    PartyExtractor(Glossary glossary) {
        this.glossary = glossary;
    }

    List<Party> partners(Document document) {
        for (String sentence : sentences(document)) {
            Matcher matcher = PARTNERSHIP.matcher(sentence);
            if (matcher.find()) {
                return parties(matcher.group(1), "partenaire");
            }
        }
        return List.of();
    }

    List<Party> governance(Document document) {
        Map<String, Party> parties = new LinkedHashMap<>();
        for (String sentence : sentences(document)) {
            if (!GOVERNANCE.matcher(sentence).find()) {
                continue;
            }
            Matcher members = MEMBERS.matcher(sentence);
            if (members.find() && sentence.toLowerCase(java.util.Locale.ROOT).contains("gouvernance")) {
                parties(members.group(1), "membre de la gouvernance").forEach(p -> parties.putIfAbsent(p.name(), p));
            }
            Matcher body = BODY.matcher(sentence);
            if (body.find()) {
                String role = body.group(2).replaceAll("^[\\s,:]+|[.;]$", "").strip();
                String name = body.group(1).strip();
                parties.putIfAbsent(name, new Party(name, role.isEmpty() ? null : role, sentence, null));
            }
        }
        return new ArrayList<>(parties.values());
    }

    /** The document's sentences, headings and list items, each within its line. */
    private static List<String> sentences(Document document) {
        return document.units().stream().map(Unit::text).toList();
    }

    /**
     * The coordinator of the contract when the text names one ("La coordinatrice du CLS, Mme Marie Durand, …"): a
     * person whose role is coordination, in a sentence about the contract.
     */
    List<Party> coordinators(Document document) {
        List<Party> found = new ArrayList<>();
        for (Unit unit : document.units()) {
            Matcher role = COORDINATION.matcher(unit.text());
            if (!role.find() || !CONTRACT.matcher(unit.text()).find()) {
                continue;
            }
            for (Entity person : unit.of(EntityType.PERSON)) {
                if ("coordinateur".equals(person.detail())) {
                    found.add(new Party(person.text(), role.group(), unit.text(), null));
                    return found;
                }
            }
        }
        return found;
    }

    /** Splits "A, B, C et D" into parties; "et" splits only where a new article starts a new name. */
    private List<Party> parties(String list, String role) {
        String text = list.replaceAll("[.;]$", "").strip();
        List<String> items = new ArrayList<>();
        for (String part : text.split(",\\s*")) {
            String[] halves = part.split("\\s+(?:et|ainsi que)\\s+(?=(?:le|la|les|l'|l’|un|une|de nombreux)\\b)");
            for (String half : halves) {
                String item = half.replaceFirst("^(?:et|ainsi que)\\s+", "").strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        List<Party> parties = new ArrayList<>();
        for (String item : items) {
            boolean date = FrenchPatterns.DAY_DATE.matcher(item).find() || item.matches("(?i)(?:le|la|les|l')\\s*\\d.*");
            if (date || item.length() > 120
                    || (!ARTICLE_START.matcher(item).find() && !Character.isUpperCase(item.charAt(0)))) {
                continue;
            }
            parties.add(new Party(expand(item), role, item, null));
        }
        return parties;
    }

    /** "l'ARS" becomes "l'ARS (Agence régionale de santé)" when the glossary knows the acronym. */
    String expand(String name) {
        Matcher acronym = Pattern.compile("\\b(\\p{Lu}{2,})\\b(?!\\s*\\))").matcher(name);
        if (acronym.find() && !name.contains("(")) {
            for (GlossaryTerm term : glossary.terms()) {
                if (term.term().equals(acronym.group(1)) && !name.toLowerCase(java.util.Locale.ROOT)
                        .contains(term.expansion().toLowerCase(java.util.Locale.ROOT))) {
                    return name + " (" + term.expansion() + ")";
                }
            }
        }
        return name;
    }
}
