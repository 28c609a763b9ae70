package fr.clsbot.entity;

import fr.clsbot.text.Folding;
import fr.clsbot.text.WordMemo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the entities of a French sentence. When two recognisers claim the same words, the entity type listed first
 * in {@link EntityType} wins ("1er septembre 2022" is a date, not an ordinal; "15 816€" an amount, not a count).
 * Thread-safe; build one and share it (it reads its vocabularies once).
 *
 * <pre>{@code
 * List<Entity> found = new EntityRecognizer().find("signé ce vendredi 22 mars par quatorze partenaires");
 * }</pre>
 */
public final class EntityRecognizer {
    private static final int MAX_SENTENCE = 4_000;
    /** A text this short is a word or two of a question, asked again for every piece of evidence ranked. */
    private static final int REMEMBERED_LENGTH = 40;
    private static final int REMEMBERED = 4_096;

    private final PersonRecognizer persons = new PersonRecognizer();
    private final OrganisationRecognizer organisations = new OrganisationRecognizer(persons::isFirstName);
    private final List<Recognizer> recognizers = List.of(new ContactRecognizer(), new DateRecognizer(),
            new QuantityRecognizer(), persons, organisations, new PlaceRecognizer(), new GroupRecognizer());
    private final WordMemo<List<Entity>> organisationsOfWords = new WordMemo<>(REMEMBERED);

    /** The entities of {@code sentence}, in text order, none overlapping another. */
    public List<Entity> find(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        String text = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
        return find(text, Folding.foldKeepingOffsets(text));
    }

    /**
     * The organisations {@link #find} finds in {@code sentence}. Most questions name none, and then the other
     * recognisers, which could only take words from an organisation, are not run.
     */
    public List<Entity> organisations(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return List.of();
        }
        String text = sentence.length() > MAX_SENTENCE ? sentence.substring(0, MAX_SENTENCE) : sentence;
        String folded = Folding.foldKeepingOffsets(text);
        List<Entity> named = new ArrayList<>();
        organisations.find(text, folded, named);
        if (named.isEmpty()) {
            return List.of();
        }
        return find(text, folded, named).stream().filter(e -> e.type() == EntityType.ORGANISATION).toList();
    }

    /** The organisations a question names, however it is typed: « la prefecture », « l'ars », « cpam ». */
    public List<Entity> organisationsAsked(String question) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        return question.length() <= REMEMBERED_LENGTH
                ? organisationsOfWords.get(question, words -> organisations(organisations.asTyped(words)))
                : organisations(organisations.asTyped(question));
    }

    private List<Entity> find(String text, String folded) {
        return find(text, folded, null);
    }

    /**
     * @param organisationsFound what the organisation recogniser already found in this text, or null: it only adds
     *                           to what the others find, so its answer does not depend on theirs
     */
    private List<Entity> find(String text, String folded, List<Entity> organisationsFound) {
        List<Entity> candidates = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            if (recognizer == organisations && organisationsFound != null) {
                candidates.addAll(organisationsFound);
            } else {
                recognizer.find(text, folded, candidates);
            }
        }
        // "la CPAM de Haute-Corse et Francis Giudici, président…": a name run on into a person ends before it.
        Set<Entity> namedAfter = new HashSet<>();
        endBefore(candidates, text, EntityType.ORGANISATION, EntityType.PERSON, namedAfter);
        candidates.removeAll(namedAfter);
        // "deux Agences Régionales de Santé": the count keeps what it counts but its words end where the
        // organisation it counts begins, so that both are found.
        endBefore(candidates, text, EntityType.COUNT, EntityType.ORGANISATION, new HashSet<>());
        // "en salle d'honneur de la mairie de Flers", "en mairie de Mirebeau" are places: a venue (always after "à",
        // "en", "dans"…) holding an organisation's name wins.
        // So does "salle François Mitterrand", named after a person.
        candidates.removeIf(c -> (c.type() == EntityType.ORGANISATION || c.type() == EntityType.PERSON)
                && candidates.stream().anyMatch(p -> p.type() == EntityType.PLACE && p.start() <= c.start()
                && p.end() >= c.end() && (c.type() == EntityType.ORGANISATION || p.end() - p.start() > c.end()
                - c.start())));
        candidates.sort(Comparator.comparing(Entity::type).thenComparingInt(e -> -(e.end() - e.start())));
        List<Entity> kept = new ArrayList<>();
        for (Entity candidate : candidates) {
            if (candidate.end() > candidate.start() && kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(kept);
    }

    /**
     * Ends each entity of type {@code cut} before the first entity of type {@code inside} that starts within it,
     * keeping its value and detail; an establishment named after a person keeps its name, and that person goes into
     * {@code namedAfter}.
     */
    private static void endBefore(List<Entity> candidates, String text, EntityType cut, EntityType inside,
                                  Set<Entity> namedAfter) {
        for (int i = 0; i < candidates.size(); i++) {
            Entity entity = candidates.get(i);
            if (entity.type() != cut) {
                continue;
            }
            for (Entity other : candidates) {
                if (other.type() == inside && other.start() > entity.start() && other.start() < entity.end()) {
                    String between = text.substring(entity.start(), other.start());
                    String head = between.replaceAll("(?:\\s+et|\\s*,)?\\s*$", "");
                    if (cut == EntityType.ORGANISATION && head.equals(between.stripTrailing())
                            && other.end() <= entity.end() && NAMED_AFTER.matcher(between).find()) {
                        // "le Centre Hospitalier Simone Veil de Beauvais": named after her, not run on into her.
                        namedAfter.add(other);
                        break;
                    }
                    candidates.set(i, new Entity(cut, head, entity.start(), entity.start() + head.length(),
                            entity.value(), entity.detail()));
                    break;
                }
            }
        }
    }

    /** The kind of establishment right before a person's name it is named after ("Centre Hospitalier Simone Veil"). */
    private static final Pattern NAMED_AFTER = Pattern.compile("(?iu)\\b(?:hospitali(?:er|ère)|h[ôo]pital|clinique"
            + "|centre|lyc[ée]e|coll[èe]ge|[ée]cole|ehpad|r[ée]sidence|institut|fondation)\\s+$");

    /** The role a folded role word names ("coordinatrice" → "coordinateur", "maire" → "maire"), or null. */
    public String role(String foldedWord) {
        return persons.role(foldedWord);
    }

    /** True when a folded word is a common French first name ("jean", "claire"). */
    public boolean isFirstName(String foldedWord) {
        return persons.isFirstName(foldedWord);
    }

    /** The category of a role ("maire" → "elu", "coordinateur" → "coordination"), or null. */
    public String roleCategory(String role) {
        return persons.category(role);
    }

    /**
     * True when a count of {@code countedFolded} answers "combien de {@code askedFolded}": people at large
     * ("personnes", "participants") are counted by any noun of people ("acteurs locaux", "habitants").
     */
    public boolean countsPeopleAsked(String askedFolded, String countedFolded) {
        return GroupRecognizer.anyPeople(askedFolded) && GroupRecognizer.namesPeople(countedFolded);
    }
}
