package fr.clsbot.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<Entity> of(EntityType type, String sentence) {
        return recognizer.find(sentence).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aRoleWrittenRightAfterANameIsNoPartOfIt() {
        assertThat(of(EntityType.PERSON, "Isabelle Nicolas Présidente du Pays du Trégor-Goëlo"))
                .extracting(Entity::text, Entity::detail).containsExactly(tuple("Isabelle Nicolas", "president"));
    }

    @Test
    void keepsThePartOfTheMonthOrYearADateSays() {
        List<Entity> found = new EntityRecognizer().find("La signature aura lieu fin septembre, la révision début 2027.");

        assertThat(found).filteredOn(e -> e.type() == EntityType.DATE).extracting(Entity::text)
                .containsExactly("fin septembre", "début 2027");
    }

    @Test
    void findsADateToTheDayAndThePlaceOfAnEvent() {
        String sentence = "Le contrat a été signé le 2 avril 2025 à la salle du Temple à Vendôme.";
        assertThat(of(EntityType.DATE, sentence)).singleElement()
                .satisfies(date -> {
                    assertThat(date.text()).isEqualTo("2 avril 2025");
                    assertThat(date.detail()).isEqualTo(Entity.DAY);
                });
        assertThat(of(EntityType.PLACE, sentence)).extracting(Entity::text)
                .containsExactly("la salle du Temple à Vendôme");
    }

    @Test
    void aSeasonOrAQuarterBelongsToTheDate() {
        assertThat(of(EntityType.DATE, "Il devrait être signé à l'automne 2015, évalué au 1er trimestre 2018."))
                .extracting(Entity::text).containsExactly("automne 2015", "1er trimestre 2018");
    }

    @Test
    void readsABarnOrAManorAsAVenue() {
        assertThat(of(EntityType.PLACE, "Le document a été signé ce mardi dans la Grange de l’Ecopôle par treize "
                + "signataires.")).extracting(Entity::text).containsExactly("la Grange de l’Ecopôle");
    }

    @Test
    void readsTheAgencyWrittenWithAnArticleBeforeSante() {
        assertThat(of(EntityType.ORGANISATION, "l’Agence régionale de la santé Ile-de-France, représentée par sa "
                + "directrice")).extracting(Entity::value).containsExactly("ars");
    }

    @Test
    void aRoleSaidThroughAVerbIsThePersonsRole() {
        assertThat(of(EntityType.PERSON, "Le directeur a remercié Daniel Martin d’avoir été le premier maire du "
                + "département à signer.")).extracting(Entity::text, Entity::detail)
                .contains(tuple("Daniel Martin", "maire"));
        assertThat(of(EntityType.PERSON, "Marie Dupont, qui est aussi adjointe au maire, a pris la parole."))
                .extracting(Entity::detail).containsExactly("maire");
    }

    @Test
    void countsANounInInclusiveWritingAsItsPlural() {
        assertThat(of(EntityType.COUNT, "Fin 2023, 12 000 habitant-es sur 37 000 n’ont pas de médecin traitant."))
                .extracting(Entity::value, Entity::detail).containsExactly(tuple("12000", "habitants"));
    }

    @Test
    void readsAStretchOfTimeGivenInDaysAsAPeriod() {
        assertThat(of(EntityType.PERIOD, "Une consultation a été réalisée entre le 16 janvier et 19 février 2023."))
                .extracting(Entity::text, Entity::value, Entity::detail)
                .containsExactly(tuple("16 janvier et 19 février 2023", "2023-2023", Entity.DAY));
        assertThat(of(EntityType.PERIOD, "Le forum se tiendra du 3 au 7 juin 2024 à la mairie."))
                .extracting(Entity::text).containsExactly("3 au 7 juin 2024");
    }

    @Test
    void aWordEndingInPresDeIsNoApproximation() {
        assertThat(of(EntityType.COUNT, "Issu d'un diagnostic mené auprès de 600 habitants.")).extracting(Entity::text)
                .containsExactly("600 habitants");
        assertThat(of(EntityType.COUNT, "Une enquête auprès de près de 600 habitants.")).extracting(Entity::text)
                .containsExactly("près de 600 habitants");
    }

    @Test
    void aFigureInBracketsBetweenACountAndWhatItCountsIsPartOfIt() {
        assertThat(of(EntityType.COUNT, "Le diagnostic était sans appel sur les 46 (voire 47) communes du territoire."))
                .extracting(Entity::text, Entity::value, Entity::detail)
                .containsExactly(tuple("46 (voire 47) communes", "46", "communes"));
    }

    @Test
    void aCenturyIsADuration() {
        assertThat(of(EntityType.DURATION, "La Ville développe depuis plus de 100 ans une politique de santé."))
                .extracting(Entity::text).containsExactly("plus de 100 ans");
    }

    @Test
    void oneInAListOfCountsOrTheOnlyOneIsACount() {
        assertThat(of(EntityType.COUNT, "Bandrélé ne compte qu’un dispensaire, deux PMI, un médecin et deux "
                + "infirmiers.")).extracting(Entity::value, Entity::detail).containsExactlyInAnyOrder(
                tuple("1", "dispensaire"), tuple("2", "pmi"), tuple("1", "medecin"), tuple("2", "infirmiers"));
        assertThat(of(EntityType.COUNT, "Il a signé un contrat, et un médecin est venu.")).isEmpty();
    }

    @Test
    void aMentalHealthPublicBodyIsAHospital() {
        assertThat(of(EntityType.ORGANISATION, "L'EPSM a participé à la construction du contrat."))
                .extracting(Entity::value).containsExactly("hopital");
    }

    @Test
    void aFigureInsideAUnitIsNoCount() {
        assertThat(of(EntityType.COUNT, "La réhabilitation d’une partie du site (environ 1000 m2 hors circulation)."))
                .isEmpty();
    }

    @Test
    void anEverydayWordIsAnOrganisationWhenItIsAllTheTextSays() {
        assertThat(of(EntityType.ORGANISATION, "la sous-préfecture")).extracting(Entity::value)
                .containsExactly("etat");
        assertThat(of(EntityType.ORGANISATION, "- le département ;")).extracting(Entity::value)
                .containsExactly("departement");
        assertThat(of(EntityType.ORGANISATION, "la ville")).isEmpty();
        assertThat(of(EntityType.ORGANISATION, "Le CLS a été signé à la sous-préfecture en présence des élus."))
                .isEmpty();
    }

    @Test
    void aHeadingsSectionNumberIsNoCount() {
        assertThat(of(EntityType.COUNT, "5.2 Axes stratégiques du CLS et déclinaison en objectifs P.28")).isEmpty();
        assertThat(of(EntityType.COUNT, "Le CLS porte sur 4 axes stratégiques.")).extracting(Entity::value)
                .containsExactly("4");
    }

    @Test
    void aNameAfterAVerbSayingWhereSomethingTookPlaceIsAVenueButNotAnAcronym() {
        assertThat(of(EntityType.PLACE, "Un événement organisé à l’Escale, sur la commune d’Arnas."))
                .extracting(Entity::text).containsExactly("l’Escale");
        assertThat(of(EntityType.PLACE, "La réunion s'est tenue au Colombier.")).extracting(Entity::text)
                .containsExactly("Colombier");
        assertThat(of(EntityType.PLACE, "Un colloque organisé à l'ARS de Lyon.")).isEmpty();
    }

    @Test
    void givesAPluralRoleToBothPersonsItFollowsAndReadsAVenueAsAPlace() {
        String sentence = "Le contrat est piloté par Eric Richard et Pascale Rochas, vice-présidents, et a été signé "
                + "en mairie de Mirebeau-sur-Bèze.";

        assertThat(of(EntityType.PERSON, sentence)).extracting(Entity::text, Entity::detail).containsExactly(
                tuple("Eric Richard", "vice-president"), tuple("Pascale Rochas", "vice-president"));
        assertThat(of(EntityType.PLACE, sentence)).extracting(Entity::text)
                .containsExactly("mairie de Mirebeau-sur-Bèze");
    }

    @Test
    void readsARankWrittenWithARaisedLetterAndOfTheNameAsTheContracts() {
        assertThat(recognizer.find("3ᵉ du nom en Gâtine, il s'articule sur cinq axes.")).filteredOn(e -> e.type()
                == EntityType.ORDINAL).extracting(Entity::value, Entity::detail).containsExactly(tuple("3", "contrat"));
    }

    @Test
    void readsTheTerritorialDelegateOfTheArsAsADirector() {
        assertThat(recognizer.find("en présence du Maire de Reims, Arnaud ROBINET et du Délégué Territorial de l’ARS, "
                + "Thierry ALIBERT, qui ont réaffirmé l’importance de la prévention."))
                .filteredOn(e -> e.type() == EntityType.PERSON && e.text().contains("ALIBERT"))
                .extracting(Entity::detail).containsExactly("directeur");
    }

    @Test
    void keepsTheNameOfAnEstablishmentNamedAfterAPerson() {
        assertThat(recognizer.find("Le Centre Hospitalier Simone Veil de Beauvais a signé.")).extracting(Entity::text)
                .contains("Centre Hospitalier Simone Veil de Beauvais").doesNotContain("Simone Veil");
    }

    @Test
    void readsTheOrganisationsAQuestionNamesInLowerCaseButNotInAPage() {
        assertThat(recognizer.organisationsAsked("contact cpam et prefecture")).extracting(Entity::value)
                .containsExactly("assurance-maladie", "etat");
        assertThat(recognizer.organisations("contact cpam et prefecture")).isEmpty();
    }

    @Test
    void aBodyNoFamilyNamesIsAnOrganisationByItsHeadNounAndTheAcronymGivenIt() {
        String sentence = "Paul Brun, président de l’Union des Établissements de Santé du Val Fleuri (UESVF), et "
                + "l’Observatoire régional de la santé (ORS) ont signé. L’Union fait la force (dit-on).";

        assertThat(of(EntityType.ORGANISATION, sentence)).extracting(Entity::text, Entity::value).containsExactly(
                tuple("Union des Établissements de Santé du Val Fleuri (UESVF)", "organisme"),
                tuple("Observatoire régional de la santé (ORS)", "promotion-sante"));
    }

    @Test
    void aFieldOrAWebSiteIsNoVenueWithoutANameAndAPlaceNameIsNoPerson() {
        assertThat(of(EntityType.PLACE, "L’Agglo a décidé d’intervenir dans le domaine de la santé, comme on le lit "
                + "sur le site de l’agglo.")).isEmpty();
        assertThat(of(EntityType.PLACE, "Le contrat a été signé au Domaine de Bois-Joli.")).extracting(Entity::text)
                .containsExactly("Domaine de Bois-Joli");
        assertThat(of(EntityType.PERSON, "La ville, représentée par Monsieur le Maire De Coulommiers, et l’ARS."))
                .isEmpty();
    }

    @Test
    void readsAnAcronymWrittenWithADotAfterEachLetter() {
        assertThat(of(EntityType.ORGANISATION, "Le directeur de l’A.R.S et la C.P.A.M. du Doubs ont signé."))
                .extracting(Entity::value).containsExactly("ars", "assurance-maladie");
    }

    @Test
    void endsAnOrganisationsNameBeforeThePersonJoinedToItByEt() {
        String sentence = "Il est appuyé par le directeur de l'Agence régionale de santé Auvergne-Rhône-Alpes et Claire "
                + "Dumont, préfète.";

        assertThat(of(EntityType.ORGANISATION, sentence)).extracting(Entity::text)
                .containsExactly("Agence régionale de santé Auvergne-Rhône-Alpes");
        assertThat(of(EntityType.PERSON, sentence)).extracting(Entity::text).containsExactly("Claire Dumont");
    }

    @Test
    void readsTownsInBracketsAndAVenueNamedAfterSomeoneAsPlaces() {
        assertThat(of(EntityType.PLACE, "Cela inclut deux Maisons de Santé (Saint-Paul et Latour), deux Relais (Caudiès "
                + "et Maury) et l'appui des partenaires (ARS, CPAM).")).extracting(Entity::text)
                .containsExactly("Saint-Paul et Latour", "Caudiès et Maury");
        assertThat(of(EntityType.PLACE, "Le 10 octobre, le centre Marcel-Martin de Folschviller a accueilli le forum, "
                + "avec le Centre Hospitalier de Bitche.")).extracting(Entity::text)
                .containsExactly("centre Marcel-Martin de Folschviller");
        assertThat(of(EntityType.PLACE, "Le lieu était bien choisi, en hauteur : le plateau supérieur de la "
                + "Citadelle.")).extracting(Entity::text).containsExactly("le plateau supérieur de la Citadelle");
    }

    @Test
    void readsTheRoleAfterADashAndNeverTakesItsAdjectiveForAName() {
        String sentence = "Madame Corinne Krencker – Directrice Générale du Groupe Hospitalier de la Région de Brume";

        assertThat(of(EntityType.PERSON, sentence)).extracting(Entity::text, Entity::detail)
                .containsExactly(tuple("Madame Corinne Krencker", "directeur"));
        assertThat(of(EntityType.ORGANISATION, sentence)).extracting(Entity::value).containsExactly("hopital");
    }

    @Test
    void startsAnotherOrganisationAtACapitalisedArticleInARunOfParties() {
        String sentence = "Entre : L’Agence Régionale de Santé Normandie Le Conseil Régional de Normandie La Caisse "
                + "Primaire d’Assurance Maladie de l'Orne Le Pôle d’Equilibre Territorial et Rural Pays d'Ouche Le "
                + "Pays de Brenneval";

        assertThat(of(EntityType.ORGANISATION, sentence)).extracting(Entity::text).containsExactly(
                "Agence Régionale de Santé Normandie", "Conseil Régional de Normandie",
                "Caisse Primaire d’Assurance Maladie de l'Orne", "Pôle d’Equilibre Territorial et Rural Pays d'Ouche");
    }

    @Test
    void takesTheContractsRoleOfAPersonWhoseGenericRoleComesFirst() {
        assertThat(of(EntityType.PERSON, "Un entretien conduit avec Claire Dumont, Responsable de service et "
                + "coordinatrice CLS")).extracting(Entity::detail).containsExactly("coordinateur");
    }

    @Test
    void givesEachPersonOfAPairTheRoleRightBeforeHerNameAndARoleBeforeATitle() {
        assertThat(of(EntityType.PERSON, "Étaient présents le maire Paul Durand et le sous-préfet Claire Moreau."))
                .extracting(Entity::detail).containsExactly("maire", "prefet");
        assertThat(of(EntityType.PERSON, "Pour la directrice générale, docteur Claire Moreau, le contrat compte."))
                .extracting(Entity::detail).containsExactly("directeur");
        assertThat(of(EntityType.PERSON, "Le docteur Paul Durand a signé.")).extracting(Entity::detail)
                .containsExactly("medecin");
        // "président" inside "vice-président" is no nearer role.
        assertThat(of(EntityType.PERSON, "reconnaît le vice-président de la CC délégué à la santé Paul Durand."))
                .extracting(Entity::detail).containsExactly("vice-president");
    }

    @Test
    void knowsAPersonWithAnUnlistedFirstNameByTheRoleAfterTheName() {
        assertThat(of(EntityType.PERSON, "« Trois axes forts », Nellie Colombe, vice-présidente de SNA, a-t-elle dit."))
                .extracting(Entity::text, Entity::detail).containsExactly(tuple("Nellie Colombe", "vice-president"));
        assertThat(of(EntityType.PERSON, "Le Centre Hospitalier, directeur du projet, et Grand Nancy, président."))
                .isEmpty();
    }

    @Test
    void aVenueEndsWhereTheDateOfTheEventBegins() {
        String sentence = "Le contrat a été signé à l’hôtel de ville de Brenneval ce jeudi 30 septembre.";
        assertThat(of(EntityType.PLACE, sentence)).extracting(Entity::text)
                .containsExactly("l’hôtel de ville de Brenneval");
        assertThat(of(EntityType.DATE, sentence)).extracting(Entity::text).containsExactly("jeudi 30 septembre");
        assertThat(of(EntityType.PLACE, "signé à la mairie de Brenneval le vendredi 12 avril 2013"))
                .extracting(Entity::text).containsExactly("la mairie de Brenneval");
    }

    @Test
    void readsTownsNamedTogetherAfterLesCommunesAsOnePlace() {
        assertThat(of(EntityType.PLACE, "3 maisons de santé sont implantées sur les communes d’Aulnay de Saintonge, "
                + "Néré et Tonnay-Boutonne.")).extracting(Entity::text)
                .containsExactly("Aulnay de Saintonge, Néré et Tonnay-Boutonne");
    }

    @Test
    void aPlaceBeforeARoleWithItsArticleIsNoPerson() {
        assertThat(of(EntityType.PERSON, "Le CLS a été signé par la Communauté de communes Plaine Limagne, le Préfet, "
                + "l'Agence régionale de santé.")).isEmpty();
        assertThat(of(EntityType.PERSON, "Nellie Colombe, vice-présidente de la communauté, a ouvert la séance."))
                .extracting(Entity::text).containsExactly("Nellie Colombe");
    }

    @Test
    void aCivilityBeforeAnArticleAndARoleIsNoPersonButBeforeASurnameItIs() {
        assertThat(of(EntityType.PERSON, "M. Le Préfet du Loiret, Mme La Directrice de la CPAM du Loiret.")).isEmpty();
        assertThat(of(EntityType.PERSON, "M. Le Goff, maire de Lannion, a signé.")).extracting(Entity::value)
                .containsExactly("Le Goff");
    }

    @Test
    void readsAShareSaidAsOneInSoManyAsAPercentage() {
        assertThat(of(EntityType.PERCENT, "Un habitant sur cinq n’a pas de médecin traitant.")).extracting(
                Entity::text, Entity::value).containsExactly(tuple("Un habitant sur cinq", "20"));
        assertThat(of(EntityType.PERCENT, "2 jeunes sur 3 pratiquent un sport.")).extracting(Entity::value)
                .containsExactly("67");
        assertThat(of(EntityType.PERCENT, "Le centre sur deux étages ouvrira en 2026.")).isEmpty();
    }

    @Test
    void readsAmountsPercentagesAndDurationsAsPrinted() {
        String sentence = "L'ARS finance 50 % du poste, soit 15 816 €, pour une durée de cinq ans.";
        assertThat(of(EntityType.PERCENT, sentence)).extracting(Entity::value).containsExactly("50");
        assertThat(of(EntityType.AMOUNT, sentence)).extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("15816", "EUR"));
        assertThat(of(EntityType.DURATION, sentence)).extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("5", "an"));
    }

    @Test
    void aHealthServiceOfTheTerritoryIsAnOrganisation() {
        assertThat(of(EntityType.ORGANISATION, "La mission santé anime le contrat avec l'Atelier Santé Ville et la "
                + "Plateforme Santé Douaisis."))
                .extracting(Entity::value).containsOnly("service-sante");
    }

    @Test
    void aLawNamedAfterHospitalsIsNoHospital() {
        assertThat(of(EntityType.ORGANISATION, "Le CLS est issu de la loi Hôpital, Patients, Santé et Territoires."))
                .isEmpty();
    }

    @Test
    void anAgeIsNoDuration() {
        assertThat(of(EntityType.DURATION, "50 % de la population a moins de 30 ans, les 18-25 ans sont nombreux, "
                + "les moins de 25 ans aussi, et les personnes âgées de 75 ans et plus.")).isEmpty();
        assertThat(of(EntityType.DURATION, "Il définit, pour les cinq ans à venir, un programme d'actions."))
                .extracting(Entity::value).containsExactly("5");
    }

    @Test
    void countsKeepWhatTheyCount() {
        assertThat(of(EntityType.COUNT, "Le diagnostic couvre les 21 communes et 14 fiches actions."))
                .extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("21", "communes"),
                        tuple("14", "fiches"));
    }

    @Test
    void aNumberAboveOneCountsOnlyAPluralNounOrAnAcronym() {
        assertThat(of(EntityType.COUNT, "Mobilité F Page 8 Population et indicateurs F Pages 8_10 Typologie"))
                .isEmpty();
        assertThat(of(EntityType.COUNT, "12 fiches-action, 4 EPCI, 3 axes et 56 communes"))
                .extracting(Entity::value).containsExactly("12", "4", "3", "56");
    }

    @Test
    void aLabelledNumberCountsWhatItsLabelNames() {
        assertThat(of(EntityType.COUNT, "Effectif légal : 29 Nombre de conseillers en exercice : 29 Nombre de "
                + "présents :24 Nombre de votants :27")).extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("29", "conseillers"), tuple("24", "presents"), tuple("27", "votants"));
    }

    @Test
    void aVenueHoldingAnOrganisationsNameIsAPlace() {
        assertThat(of(EntityType.PLACE, "Il a été signé le 22 novembre, en salle d'honneur de la mairie de Flers."))
                .extracting(Entity::text).containsExactly("salle d'honneur de la mairie de Flers");
        assertThat(of(EntityType.PLACE, "Il a été signé au salon d’honneur de l’hôtel de ville de Brenneval, lundi."))
                .extracting(Entity::text).containsExactly("salon d’honneur de l’hôtel de ville de Brenneval");
        assertThat(of(EntityType.PLACE, "Le contrat a été signé officiellement salle des Illustres de l'Hôtel de Ville "
                + "d'Agenville.")).extracting(Entity::text).containsExactly("salle des Illustres de l'Hôtel de Ville d'Agenville");
        assertThat(of(EntityType.PLACE, "Il a été paraphé sous les ors de l’hôtel de ville de Brenneval, samedi."))
                .extracting(Entity::text).containsExactly("l’hôtel de ville de Brenneval");
        assertThat(of(EntityType.PLACE, "Elle a eu lieu le 30 janvier, salle François Mitterrand à Saint-Loup."))
                .extracting(Entity::text).containsExactly("salle François Mitterrand à Saint-Loup");
    }

    @Test
    void aTownAfterACapitalÀOpeningASentenceIsAPlace() {
        assertThat(of(EntityType.PLACE, "À Clamecy, le 14 mars 2019 Le Maire de Lormes"))
                .extracting(Entity::text).containsExactly("Clamecy");
    }

    @Test
    void readsARoundNumberInWordsAsACount() {
        assertThat(of(EntityType.COUNT, "Elle a réalisé plus d'une cinquantaine d'entretiens avec les élus."))
                .extracting(Entity::value, Entity::detail).containsExactly(tuple("50", "entretiens"));
    }

    @Test
    void readsAPeriodBetweenTwoYears() {
        assertThat(of(EntityType.PERIOD, "Un diagnostic mené entre 2023 et 2024 a précédé le contrat."))
                .extracting(Entity::value).containsExactly("2023-2024");
    }

    @Test
    void readsADurationWithAnAdjectiveBeforeItsUnit() {
        assertThat(of(EntityType.DURATION, "Il guidera leurs actions pour les 3 prochaines années."))
                .extracting(Entity::value).containsExactly("3");
    }

    @Test
    void readsTheNumberAfterTheAcronymAsAContractsRank() {
        assertThat(of(EntityType.ORDINAL, "Les précédents contrats (CLS 1 : 2012/2019 et CLS 2 : 2020/2023) et le CLS3."))
                .extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("1", "cls"), tuple("2", "cls"), tuple("3", "cls"));
    }

    @Test
    void readsAnOrdinalStandingForAContractBeforeItsSigning() {
        assertThat(of(EntityType.ORDINAL, "Le premier avait été signé en 2018. Le deuxième est signé pour cinq ans."))
                .extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("1", "contrat"), tuple("2", "contrat"));
        assertThat(of(EntityType.ORDINAL, "Le premier est le plus jeune des élus.")).extracting(Entity::detail)
                .doesNotContain("contrat");
    }

    @Test
    void findsBothACountAndTheOrganisationsItCounts() {
        String sentence = "Il est signé avec deux Agences Régionales de Santé : Normandie et Hauts-de-France.";
        assertThat(of(EntityType.COUNT, sentence)).extracting(Entity::text, Entity::value, Entity::detail)
                .containsExactly(tuple("deux", "2", "agences"));
        assertThat(of(EntityType.ORGANISATION, sentence)).extracting(Entity::text, Entity::value)
                .containsExactly(tuple("Agences Régionales de Santé", "ars"));
    }

    @Test
    void tellsAPeriodFromTheRankOfAContract() {
        String sentence = "La période 2025-2029 est celle du 2e CLS.";
        assertThat(of(EntityType.PERIOD, sentence)).extracting(Entity::value).containsExactly("2025-2029");
        assertThat(of(EntityType.ORDINAL, sentence)).extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("2", "cls"));
    }

    @Test
    void readsAPeriodGivenByItsEndOnly() {
        String sentence = "Le contrat signé le 21 octobre 2019 engage les signataires à l’horizon 2023.";
        assertThat(of(EntityType.PERIOD, sentence)).extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("2023", Entity.END));
        assertThat(of(EntityType.DATE, sentence)).extracting(Entity::value).containsExactly("21 octobre 2019");
    }

    @Test
    void readsATimeOfDayApartFromTheDate() {
        String sentence = "La signature aura lieu le 2 avril 2025 à 10h30, puis une conférence à 14 heures.";
        assertThat(of(EntityType.TIME, sentence)).extracting(Entity::text).containsExactly("10h30", "14 heures");
        assertThat(of(EntityType.DATE, sentence)).extracting(Entity::text).containsExactly("2 avril 2025");
    }

    @Test
    void findsGroupsOfPeopleWhoTakePart() {
        assertThat(of(EntityType.GROUP, "Une concertation avec les habitants, les élus locaux et les professionnels de "
                + "santé.")).extracting(Entity::value).containsExactly("habitants", "elus locaux",
                "professionnels de sante");
    }

    @Test
    void findsOrganisationsFromTheGazetteerOfInstitutions() {
        assertThat(of(EntityType.ORGANISATION, "L'ARS et la CPAM de l'Allier ont signé."))
                .extracting(Entity::text).containsExactly("ARS", "CPAM de l'Allier");
    }

    @Test
    void givesAPersonTheRoleWrittenAfterTheName() {
        assertThat(of(EntityType.PERSON, "Marie Dupont, coordinatrice du CLS, a présenté le plan."))
                .extracting(Entity::value, Entity::detail)
                .containsExactly(tuple("Marie Dupont", "coordinateur"));
        // Press quotes often drop the comma: « …», précise Joëlle Charrier vice-présidente de la CC.
        assertThat(of(EntityType.PERSON, "précise Joëlle Charrier vice-présidente de la communauté de communes."))
                .extracting(Entity::detail).containsExactly("vice-president");
    }

    @Test
    void takesANameRightAfterARoleForAPersonEvenWithAnUnlistedFirstName() {
        assertThat(of(EntityType.PERSON, "Une coordonnatrice nommée Ly-Ann Sifflet fut recrutée en 2023."))
                .extracting(Entity::value, Entity::detail).containsExactly(tuple("Ly-Ann Sifflet", "coordinateur"));
    }

    @Test
    void givesAPersonTheRoleAVerbAfterTheNameSays() {
        assertThat(of(EntityType.PERSON, "Le diagnostic a été élaboré par Marie Dupont, recrutée par la commune "
                + "pour coordonner et animer le CLS.")).extracting(Entity::detail).containsExactly("coordinateur");
        assertThat(of(EntityType.PERSON, "Paul Martin, qui préside la communauté de communes, a signé."))
                .extracting(Entity::detail).containsExactly("president");
    }
}
