package fr.clsbot.entity;

import fr.clsbot.text.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons, with their role when the sentence gives it: "Mme Marie SPETEBROODT" (after "La coordinatrice du CLS,"),
 * "Stéphane Sbraggia, le Maire d'Ajaccio", "le maire Emmanuel Séraphin", "que préside Claire Foucher-Maupetit".
 * A person is a title followed by a name, or a known first name followed by a capitalised surname.
 */
final class PersonRecognizer implements Recognizer {
    static final String FIRST_NAMES = "/fr/clsbot/entity/first-names.txt";
    static final String ROLES = "/fr/clsbot/entity/roles.txt";
    private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*\\p{L}";
    /** Capitalised first words that begin names of places and organisations, never of persons. */
    private static final Set<String> NOT_FIRST_NAMES = Set.of("le", "la", "les", "l", "saint", "sainte", "st", "ste",
            "centre", "conseil", "communaute", "agence", "caisse", "maison", "pole", "ville", "commune", "mairie",
            "pays", "grand", "haut", "haute", "val", "mont", "port", "notre");
    /** Words that go on with a role before a name ("Directrice Générale du Groupe Hospitalier"), never a first name. */
    private static final Set<String> ROLE_WORDS = Set.of("general", "generale", "adjoint", "adjointe", "delegue",
            "deleguee", "departemental", "departementale", "regional", "regionale", "territorial", "territoriale");
    /** "Le Maire De Coulommiers": a word that starts a place's name, never a person's first name. */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d", "le", "la", "les");
    /** " et Pascale Rochas": the next person of a pair, whose role may be said for both. */
    private static final Pattern NEXT_PERSON = Pattern.compile("\\s+et\\s+\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}"
            + "[\\p{L}'’\\-]+){1,2}");
    private static final Pattern TITLED = Pattern.compile("\\b(?:M\\.|Mme|Mlle|Madame|Monsieur|Dr\\.?|Docteur|Pr\\.?"
            + "|Professeur|Me)\\s+(" + WORD + "(?:\\s+(?:(?:de|du|le|la|van|von)\\s+)?" + WORD + "){0,2})");
    private static final Pattern NAMED = Pattern.compile("\\b(" + WORD + ")\\s+((?:(?:de|du|le|la|van|von)\\s+)?"
            + WORD + "(?:\\s+" + WORD + ")?)");
    private static final Pattern ROLE_BY_VERB = Pattern.compile("(?:(?:que|qu')\\s+(preside|dirige|coordonne|anime)"
            + "|(presidee?s?|dirigee?s?|coordonnee?s?|animee?s?) par)\\s*$");
    /** "Léa Potin, recrutée par la communauté de communes pour coordonner le CLS", "X, qui anime le contrat". */
    private static final Pattern ROLE_BY_VERB_AFTER = Pattern.compile("\\A\\s*,\\s*(?:qui\\s+(preside|dirige|coordonne"
            + "|anime)|(?:recrutee?|chargee?|nommee?|embauchee?|missionnee?)\\b[^.;:]{0,60}?\\b(?:pour|de|d')\\s*"
            + "(presider|diriger|coordonner|animer))\\b");
    private static final Set<String> NOT_SURNAMES = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "le", "la", "les");

    /** A role form and what it stands for. */
    private record Role(String form, String role, String category) {
    }

    private final Set<String> firstNames = new HashSet<>();
    private final List<Role> roles = new ArrayList<>();
    private final Pattern roleAfter;
    /**
     * A role right after a comma, with no article: what makes two capitalised words a person's name when the first
     * is no first name known ("Nellie Colombe, vice-présidente"); "Plaine Limagne, le Préfet, l'ARS" lists parties.
     */
    private final Pattern roleInApposition;
    private final Pattern roleBefore;
    /** A second role in the same apposition: "responsable de service et coordinatrice". */
    private final Pattern andRole;
    /** Role forms that are also titles before a name (folded): another role said before them says more. */
    private static final Set<String> TITLES = Set.of("docteur");
    /** Roles that say little of what a person does for the contract, when a second one follows. */
    private static final Set<String> GENERIC_ROLES = Set.of("responsable");
    /** A role written just before a name ("une coordonnatrice nommée Ly-Ann Sifflet"): the name is a person's. */
    private final Pattern roleRightBefore;
    private final Map<String, Role> roleOfForm = new HashMap<>();

    PersonRecognizer() {
        for (String line : Vocabulary.lines(FIRST_NAMES)) {
            for (String name : line.split("\\s+")) {
                firstNames.add(Folding.fold(name));
            }
        }
        Pattern heading = Pattern.compile("([\\w-]+)\\s*\\((\\w+)\\)");
        Vocabulary.groups(ROLES).forEach((key, forms) -> {
            Matcher matcher = heading.matcher(key);
            String role = matcher.matches() ? matcher.group(1) : key;
            String category = matcher.matches() ? matcher.group(2) : key;
            for (String form : forms) {
                Role entry = new Role(Folding.fold(form), role, category);
                roles.add(entry);
                roleOfForm.put(entry.form(), entry);
            }
        });
        roles.sort(Comparator.comparingInt((Role r) -> r.form().length()).reversed());
        String alternatives = String.join("|", roles.stream().map(r -> Pattern.quote(r.form())).toList());
        // "Marie Dupont, coordinatrice", and in press quotes without the comma: "précise Joëlle Charrier
        // vice-présidente de la CC".
        // "Daniel Spagnou d'avoir été le premier maire", "Marie Dupont, qui est aussi adjointe": a role said through
        // a verb.
        roleAfter = Pattern.compile("\\A\\s*(?:[,–—-]\\s*)?(?:(?:(?:qui )?(?:est|etait|a ete)|d'avoir ete|d'etre"
                + "|devenue?)(?: aussi| egalement| alors| desormais)? |en tant que |en qualite de )?"
                + "(?:le |la |l'|notre |votre )?(?:premier |premiere |nouveau |nouvelle )?(" + alternatives + ")\\b");
        roleInApposition = Pattern.compile("\\A,\\s*(" + alternatives + ")\\b");
        roleRightBefore = Pattern.compile("\\b(?:" + alternatives + ")(?:\\s+(?:nommee?|appelee?))?\\s*,?\\s*$");
        andRole = Pattern.compile("\\A[^,.;:]{0,40}? et (?:le |la |l')?(" + alternatives + ")\\b");
        roleBefore = Pattern.compile("\\b(" + alternatives + ")\\b(?:\\s+[^,.;:«»]{0,60}?)?\\s*,?\\s*$");
    }

    /** The role a folded role word stands for ("coordinatrice" → "coordinateur"), or null. */
    boolean isFirstName(String folded) {
        return firstNames.contains(folded);
    }

    String role(String folded) {
        Role role = roleOfForm.get(folded);
        return role == null ? null : role.role();
    }

    /** The category of a role ("maire" → "elu"), or null. */
    String category(String role) {
        return roles.stream().filter(r -> r.role().equals(role)).map(Role::category).findFirst().orElse(null);
    }

    @Override
    public void find(String text, String folded, List<Entity> found) {
        List<int[]> spans = new ArrayList<>();
        Matcher titled = TITLED.matcher(text);
        while (titled.find()) {
            String[] words = Folding.fold(titled.group(1)).split("\\s+");
            if (words.length > 1 && PARTICLES.contains(words[0]) && roleOfForm.containsKey(words[1])) {
                // "M. Le Préfet du Loiret", "Mme La Directrice de la CPAM": a role, where "M. Le Goff" is a name.
                continue;
            }
            add(text, folded, titled.start(), titled.end(), titled.group(1), found, spans);
        }
        Matcher named = NAMED.matcher(text);
        int from = 0;
        while (from < text.length() && named.find(from)) {
            String first = Folding.fold(named.group(1));
            String surname = named.group(2);
            int end = named.end();
            int lastSpace = surname.lastIndexOf(' ');
            if (lastSpace > 0 && roleOfForm.containsKey(Folding.fold(surname.substring(lastSpace + 1)))) {
                // "Isabelle Nicolas Présidente du Pays …", a signature joined from two lines: the role is no name.
                surname = surname.substring(0, lastSpace).stripTrailing();
                end = named.start(2) + surname.length();
            }
            boolean known = !ROLE_WORDS.contains(first) && !PARTICLES.contains(first)
                    && (firstNames.contains(first) || (first.contains("-")
                    && firstNames.contains(first.substring(0, first.indexOf('-'))))
                    || roleRightBefore.matcher(folded.substring(Math.max(0, named.start() - 50), named.start()))
                    .find()
                    // "Nellie Colombe, vice-présidente de SNA": an unlisted first name, known by the role after it.
                    || folded.startsWith(",", end) && !NOT_FIRST_NAMES.contains(first)
                    && surname.strip().indexOf(' ') < 0
                    && roleInApposition.matcher(folded).region(end, folded.length()).lookingAt());
            String[] surnameWords = surname.split("\\s+");
            if (known && (surnameWords.length > 1 || !NOT_SURNAMES.contains(Folding.fold(surnameWords[0])))
                    && spans.stream().noneMatch(s -> s[0] <= named.start() && named.start() < s[1])) {
                add(text, folded, named.start(), end, text.substring(named.start(), end), found, spans);
                from = end;
            } else {
                from = named.start(2);
            }
        }
    }

    private void add(String text, String folded, int start, int end, String name, List<Entity> found,
                     List<int[]> spans) {
        String role = null;
        Matcher after = roleAfter.matcher(folded).region(end, folded.length());
        Matcher verbAfter = ROLE_BY_VERB_AFTER.matcher(folded).region(end, folded.length());
        Matcher next = NEXT_PERSON.matcher(text).region(end, text.length());
        Matcher shared = next.lookingAt() ? roleAfter.matcher(folded).region(next.end(), folded.length()) : null;
        if (after.lookingAt()) {
            role = roleOfForm.get(after.group(1)).role();
            Matcher second = andRole.matcher(folded).region(after.end(), folded.length());
            if (GENERIC_ROLES.contains(role) && second.lookingAt()) {
                // "Flore Chauvin, Responsable de service et coordinatrice CLS": the role of the contract.
                role = roleOfForm.get(second.group(1)).role();
            }
        } else if (shared != null && shared.lookingAt() && shared.group(1).endsWith("s")) {
            // "Eric Richard et Pascale Rochas, vice-présidents": a plural role is both persons'.
            role = roleOfForm.get(shared.group(1)).role();
        } else if (verbAfter.lookingAt()) {
            role = roleOfVerb(verbAfter.group(1) != null ? verbAfter.group(1) : verbAfter.group(2));
        } else {
            String before = folded.substring(Math.max(0, start - 90), start);
            Matcher verb = ROLE_BY_VERB.matcher(before);
            if (verb.find()) {
                role = roleOfVerb(verb.group(1) != null ? verb.group(1) : verb.group(2));
            } else {
                role = roleBefore(before);
            }
        }
        spans.add(new int[] {start, end});
        found.add(new Entity(EntityType.PERSON, text.substring(start, end), start, end, name.strip(), role));
    }

    /**
     * The role said before a name: the nearest one ("le maire Max Roustan et le sous-préfet Christophe Marx"), unless
     * it is a title ("la directrice générale, docteur Martine Aoustin") after another role.
     */
    private String roleBefore(String before) {
        String nearest = null;
        int nearestAt = -1;
        int at = 0;
        Matcher noun = roleBefore.matcher(before);
        while (at < before.length()) {
            if (!noun.region(at, before.length()).find()) {
                break;
            }
            nearest = noun.group(1);
            nearestAt = noun.start(1);
            at = noun.end(1);
        }
        if (nearest == null) {
            return null;
        }
        if (TITLES.contains(nearest)) {
            // The role before the title, past the comma of an apposition.
            String other = roleBefore(before.substring(0, nearestAt).replaceFirst(",\\s*$", " "));
            if (other != null) {
                return other;
            }
        }
        return roleOfForm.get(nearest).role();
    }

    /** The role a verb gives: presides → président, directs → directeur, coordinates or leads → coordinateur. */
    private static String roleOfVerb(String word) {
        return word.startsWith("presid") ? "president" : word.startsWith("dirig") ? "directeur" : "coordinateur";
    }
}
