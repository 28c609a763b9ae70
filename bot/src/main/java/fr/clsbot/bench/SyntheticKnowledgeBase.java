package fr.clsbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a realistic knowledge base of N invented contracts (YAML and source texts, as a coordinator would) into a
 * directory: territory names with accents and hyphens, 4 to 8 axes, actions, figures, milestones, signatories,
 * contacts and press releases of realistic length. Deterministic for a given seed.
 */
final class SyntheticKnowledgeBase {
    private static final String[] HEADS = {"Val", "Pays", "Monts", "Plaine", "Côte", "Vallée", "Causses", "Forêt",
            "Coteaux", "Portes", "Haut", "Bocage", "Combrailles", "Gorges", "Terres", "Plateau"};
    private static final String[] PLACES = {"Sioule", "Loire", "Allier", "Dore", "Cher", "Lot", "Tarn", "Aveyron",
            "Ardèche", "Drôme", "Isère", "Durance", "Vézère", "Creuse", "Vienne", "Charente", "Garonne", "Adour",
            "Somme", "Oise", "Marne", "Meuse", "Moselle", "Saône", "Doubs", "Ain", "Rhône", "Aude", "Hérault", "Gers",
            "Lémance", "Auzon", "Bèze", "Ource", "Aujon", "Thouet", "Sèvre", "Vendée", "Lay", "Yon", "Boutonne",
            "Né", "Dronne", "Isle", "Auvézère", "Corrèze", "Célé", "Aveyron-Sud", "Viaur", "Agout", "Orb", "Gardon",
            "Cèze", "Ardèche-Nord", "Eyrieux", "Doux", "Cance", "Furan", "Gier", "Lignon", "Arzon", "Senouire",
            "Alagnon", "Couze", "Sianne", "Truyère", "Bès", "Colagne", "Chassezac", "Beaume", "Ligne"};
    private static final String[] AXES = {
            "Renforcer l'accès aux soins de premier recours", "Promouvoir la santé mentale et le bien-être",
            "Accompagner le vieillissement et l'autonomie des personnes âgées",
            "Agir pour la santé des enfants et des jeunes", "Réduire les inégalités sociales de santé",
            "Développer la prévention et la promotion de la santé", "Lutter contre les addictions",
            "Favoriser un environnement favorable à la santé", "Soutenir les aidants",
            "Améliorer le parcours de soins des personnes en situation de handicap",
            "Développer la télémédecine et la santé numérique", "Promouvoir l'activité physique et la nutrition",
            "Attirer et installer de nouveaux professionnels de santé", "Coordonner les acteurs du territoire"};
    private static final String[] ACTIONS = {
            "ouverture d'une maison de santé pluriprofessionnelle", "ateliers de prévention des chutes",
            "permanences d'écoute pour les adolescents", "bus de dépistage itinérant",
            "formation des élus au repérage de la souffrance psychique", "téléconsultation en pharmacie",
            "programme sport-santé sur ordonnance", "accompagnement des aidants familiaux",
            "campagne de vaccination en milieu scolaire", "lutte contre l'habitat indigne",
            "repas équilibrés dans les cantines", "consultations avancées de spécialistes"};
    private static final String[] SIGNATORIES = {"le Préfet", "l'Agence régionale de santé (ARS)",
            "le Conseil Départemental", "la Caisse Primaire d'Assurance Maladie (CPAM)",
            "la Caisse d'Allocations Familiales (CAF)", "la Mutualité Sociale Agricole (MSA)",
            "le Centre Hospitalier", "l'Éducation Nationale", "la CPTS du territoire"};
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};
    private static final String FILLER = "Les élus, les professionnels de santé et les associations du territoire "
            + "ont travaillé ensemble pendant plusieurs mois pour dresser un état des lieux partagé des besoins de "
            + "la population, en s'appuyant sur les données de l'observatoire régional de la santé et sur de "
            + "nombreuses rencontres avec les habitants. ";

    private final Random random;

    SyntheticKnowledgeBase(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} contracts into {@code directory}; returns their territory names. */
    List<String> write(Path directory, int count) throws IOException {
        Files.createDirectories(directory.resolve("sources"));
        Files.writeString(directory.resolve("glossary.yaml"), "terms:\n  - term: CLS\n    expansion: Contrat Local "
                + "de Santé\n  - term: ARS\n    expansion: Agence régionale de santé\n", StandardCharsets.UTF_8);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            names.add(name());
        }
        List<String> written = new ArrayList<>();
        int index = 0;
        for (String name : names) {
            writeContract(directory, index++, name);
            written.add(name);
        }
        return written;
    }

    private String name() {
        String place = PLACES[random.nextInt(PLACES.length)];
        return switch (random.nextInt(4)) {
            case 0 -> HEADS[random.nextInt(HEADS.length)] + " de " + place;
            case 1 -> "Saint-" + PLACES[random.nextInt(PLACES.length)] + "-sur-" + place;
            case 2 -> HEADS[random.nextInt(HEADS.length)] + "-" + place;
            default -> HEADS[random.nextInt(HEADS.length)] + " " + PLACES[random.nextInt(PLACES.length)] + " "
                    + place;
        };
    }

    private void writeContract(Path directory, int index, String name) throws IOException {
        String id = "cls-" + index;
        int start = 2020 + random.nextInt(6);
        String signed = (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + start;
        int communes = 8 + random.nextInt(60);
        String amount = (10 + random.nextInt(80)) + " " + (100 + random.nextInt(900)) + " €";
        StringBuilder text = new StringBuilder("COMMUNIQUÉ DE PRESSE\n\n");
        StringBuilder yaml = new StringBuilder();
        String signing = "Le Contrat Local de Santé " + start + "-" + (start + 4) + " de " + name
                + " a été signé le " + signed + ".";
        text.append(signing).append("\n\n").append(FILLER.repeat(2 + random.nextInt(3))).append("\n\n");
        yaml.append("id: ").append(id).append("\ntitle: \"Contrat Local de Santé de ").append(name).append("\"\n")
                .append("sources:\n  - id: communique\n    title: \"Communiqué : CLS de ").append(name)
                .append("\"\n    file: sources/").append(id).append(".txt\n")
                .append("territory:\n  name: \"").append(name).append("\"\n  collectivity: \"Communauté de communes ")
                .append(name).append("\"\n  aliases: [\"").append(name).append("\", \"comcom ").append(name)
                .append("\"]\n")
                .append("period: {start: ").append(start).append(", end: ").append(start + 4).append(", quote: \"")
                .append(signing).append("\"}\n")
                .append("signing: {date: \"").append(signed).append("\", quote: \"").append(signing).append("\"}\n");
        yaml.append("axes:\n");
        int axes = 4 + random.nextInt(5);
        List<String> pool = new ArrayList<>(List.of(AXES));
        java.util.Collections.shuffle(pool, random);
        text.append("Le CLS s'articule autour de ").append(axes).append(" axes :\n");
        for (int a = 0; a < axes; a++) {
            String axis = pool.get(a);
            text.append("- ").append(axis).append(".\n");
            yaml.append("  - title: \"").append(axis).append("\"\n    quote: \"").append(axis).append("\"\n");
        }
        text.append("\n");
        yaml.append("actions:\n");
        for (int a = 0; a < 3 + random.nextInt(4); a++) {
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            String sentence = "Parmi les actions prévues figure la " + action + ".";
            text.append(sentence).append(" ").append(FILLER).append("\n\n");
            yaml.append("  - text: \"").append(capitalize(action)).append(".\"\n    quote: \"").append(sentence)
                    .append("\"\n");
        }
        String funding = "L'ARS finance le poste de coordinateur à hauteur de " + amount + " par an.";
        String diagnosis = "Le diagnostic couvre les " + communes + " communes du territoire.";
        text.append(funding).append(" ").append(diagnosis).append("\n\n");
        yaml.append("figures:\n  - value: \"").append(amount).append("\"\n    kind: funding\n    about: poste de "
                        + "coordinateur du CLS\n    payer: ARS\n    when: par an\n    quote: \"").append(funding)
                .append("\"\n  - value: ").append(communes).append(" communes\n    kind: count\n    about: communes "
                        + "couvertes par le diagnostic\n    quote: \"").append(diagnosis).append("\"\n");
        String evaluation = "Une évaluation sera conduite en " + (start + 4) + ".";
        text.append(evaluation).append("\n\n");
        yaml.append("milestones:\n  - date: \"").append(signed).append("\"\n    event: Signature du CLS.\n"
                        + "    quote: \"").append(signing).append("\"\n  - date: \"").append(start + 4)
                .append("\"\n    event: Évaluation du CLS.\n    quote: \"").append(evaluation).append("\"\n");
        yaml.append("signatories:\n");
        String signers = "Signataires : la communauté de communes";
        List<String> others = new ArrayList<>(List.of(SIGNATORIES));
        java.util.Collections.shuffle(others, random);
        yaml.append("  - name: la communauté de communes\n    quote: \"").append(signers).append("\"\n");
        for (String other : others.subList(0, 3 + random.nextInt(5))) {
            signers += ", " + other;
            yaml.append("  - name: \"").append(other).append("\"\n    quote: \"").append(other).append("\"\n");
        }
        text.append(signers).append(".\n\n");
        String phone = String.format(Locale.ROOT, "04 7%d %02d %02d %02d", random.nextInt(10), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
        String email = "presse@" + id + ".fr";
        text.append("Contact presse :\nService communication\n").append(phone).append("\n").append(email)
                .append("\n");
        yaml.append("contacts:\n  - organisation: \"Communauté de communes ").append(name).append("\"\n"
                        + "    service: Service communication\n    phone: ").append(phone).append("\n    email: ")
                .append(email).append("\n    topics: [presse]\n    quote: \"Service communication ").append(phone)
                .append(" ").append(email).append("\"\n");
        Files.writeString(directory.resolve("sources").resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
