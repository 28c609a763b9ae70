package fr.clsbot.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups of people who take part in a contract without being an organisation: "les habitants", "les élus locaux",
 * "les professionnels de santé", "les associations", professions ("certains pharmaciens"), and the publics a contract
 * is for ("les jeunes", "les personnes âgées"). They answer "qui a été consulté ?" or "qui a participé ?", less well
 * than a named organisation or person does (a weak answer of the {@code agent} type), and "à qui s'adresse … ?".
 */
final class GroupRecognizer implements Recognizer {
    private static final Pattern GROUP = Patterns.compile("\\b(?:les |des |aux |d')?(habitants|usagers|citoyens"
            + "|representants des usagers|elus(?: locaux| du territoire| municipaux| communautaires)?"
            + "|professionnels(?: de (?:la )?sante| du soin| du social| de terrain| medico-sociaux| sociaux)?"
            + "|associations(?: locales)?|acteurs(?: locaux| du territoire| de (?:la )?sante| de terrain)?"
            + "|etablissements scolaires|benevoles|patients|aidants"
            + "|medecins(?: generalistes| liberaux| specialistes)?|pharmaciens|infirmiers|infirmieres"
            + "|kinesitherapeutes|sages-femmes|chirurgiens-dentistes|dentistes|praticiens|travailleurs sociaux"
            + "|jeunes|enfants|adolescents|personnes agees|seniors|familles|parents|femmes enceintes"
            + "|personnes en situation de handicap|personnes handicapees|publics? jeunes"
            + "|(?:personnes|publics?|populations?) (?:les plus )?(?:vulnerables|precaires|fragiles|isolees|eloignee?s"
            + "|defavorisees|prioritaires)|eleves|etudiants"
            + "|demandeurs d'emploi)\\b");

    /** Nouns that count people of any kind: "combien de personnes" is answered by "150 acteurs locaux". */
    private static final Set<String> PEOPLE = Set.of("personnes", "personne", "gens", "monde",
            "participants", "participantes", "individus");

    /** True when a folded noun names people: a group ("acteurs", "habitants") or people at large ("personnes"). */
    static boolean namesPeople(String folded) {
        return folded != null && (PEOPLE.contains(folded) || GROUP.matcher(folded).matches());
    }

    /** True when a folded noun names people at large, whoever they are ("personnes", "participants"). */
    static boolean anyPeople(String folded) {
        return PEOPLE.contains(folded);
    }

    @Override
    public void find(String text, String folded, List<Entity> found) {
        Matcher group = GROUP.matcher(folded);
        while (group.find()) {
            found.add(new Entity(EntityType.GROUP, text.substring(group.start(1), group.end(1)), group.start(1),
                    group.end(1), folded.substring(group.start(1), group.end(1)), null));
        }
    }
}
