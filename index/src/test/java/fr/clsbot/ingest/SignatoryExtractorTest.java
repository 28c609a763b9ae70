package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.Party;
import org.junit.jupiter.api.Test;

class SignatoryExtractorTest {
    @Test
    void keepsOnlyTheSignatoriesOfTheLatestOfSuccessiveContracts() {
        Contract draft = ExtractionFixtures.draft("successive-contracts.txt");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("la ville de Brenneval",
                "l'Agence Régionale de Santé Normandie", "le Conseil départemental de l'Orne",
                "la Caisse d'Allocations Familiales de l'Orne");
    }

    @Test
    void aContractConcludedBetweenTheItemsOfItsListIsSignedByThem() {
        Contract draft = ExtractionFixtures.extract("""
                Le Contrat Local de Santé 2ème génération de Brenneval est conclu, pour une durée de 5 ans à compter \
                du 19 octobre 2021, entre :
                - la Communauté d’Agglomération de Brenneval,
                - l’Agence Régionale de Santé,
                - la Préfecture de l’Orne.
                """);

        assertThat(draft.signatories()).extracting(Party::name).containsExactly(
                "la Communauté d’Agglomération de Brenneval", "l’Agence Régionale de Santé", "la Préfecture de l’Orne");
    }

    @Test
    void aContractJointBetweenPartiesIsSignedByThem() {
        Contract draft = ExtractionFixtures.extract("Le contrat local de santé de Brenneval est signé. Ce contrat, "
                + "conjoint entre la préfecture de l’Orne, le département, l’ARS, la MSA Picardie et l’Éducation "
                + "nationale, entend réduire les inégalités de santé.");

        assertThat(draft.signatories()).extracting(Party::name).contains("le département", "l’Éducation nationale")
                .anyMatch(name -> name.startsWith("la MSA Picardie"));
    }

    @Test
    void partiesSaidToBeSignatoriesTooAreAddedToThoseWhoSigned() {
        Contract draft = ExtractionFixtures.extract("Le contrat local de santé de Brenneval a été signé par l’ARS "
                + "Normandie et la ville de Brenneval. D’autres partenaires tels que l’Éducation nationale et la Caisse "
                + "d’allocations familiales sont également signataires. Les associations qui sont signataires d’une "
                + "charte seront consultées.");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("l’ARS Normandie",
                "la ville de Brenneval", "l’Éducation nationale", "la Caisse d’allocations familiales");
    }

    @Test
    void partiesSignatoriesBesideOthersAreSignatoriesWithThem() {
        Contract draft = ExtractionFixtures.extract("Signature du contrat local de santé de Brenneval Agglomération. "
                + "Les Hôpitaux du Léman sont signataires de ce contrat aux côtés du Département de l’Orne, de la CPAM "
                + "61, de l’Etablissement Public de Santé Mentale 61 et des CPTS du Bas Chablais et du Haut-Chablais.");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("Les Hôpitaux du Léman",
                "Département de l’Orne", "la CPAM 61", "l’Etablissement Public de Santé Mentale 61",
                "CPTS du Bas Chablais");
    }

    @Test
    void whoSignedForAPartyIsReadFromAnotherSentenceAboutTheSigning() {
        Contract draft = ExtractionFixtures.extract("La communauté de communes de Brenneval et l’Agence régionale de "
                + "santé ont signé le contrat local de santé 2023-2027, ce mardi 14 mars. Ce mardi 14 mars, Jean Brun, "
                + "président de la communauté de communes de Brenneval, et Élise Noguéra, directrice de l’ARS de "
                + "Bretagne, ont apposé leurs signatures.");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("l’Agence régionale de santé", "Élise Noguéra, directrice"));
    }

    @Test
    void aPartySigningThroughARoleNamedWithoutAPersonKeepsThatRole() {
        Contract draft = ExtractionFixtures.extract("Le Maire de la Ville de Brenneval, le Préfet de l’Orne et le "
                + "Directeur Général de l’Agence Régionale de Santé de Normandie ont signé le 25 juin 2015 le Contrat "
                + "Local de Santé.");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("la Ville de Brenneval", "le Maire"),
                tuple("l’Agence Régionale de Santé de Normandie", "le Directeur Général"));
    }

    @Test
    void aColonAfterTheLastSignatoryEndsTheList() {
        Contract draft = ExtractionFixtures.extract("Ce mercredi 9 février, la Ville de Brenneval a réuni l’ensemble des "
                + "signataires du Contrat local de santé : Préfecture de l’Ardèche, Agence Régionale de santé, "
                + "Hôpital Sainte-Marie : pas moins de 3 partenaires se sont engagés dans cette démarche.");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("Préfecture de l’Ardèche",
                "Agence Régionale de santé", "Hôpital Sainte-Marie");
    }

    @Test
    void aColonBeforeTheSignatoriesIntroducesThem() {
        Contract draft = ExtractionFixtures.extract("Brenneval Agglo et ses partenaires : l’État, la Caisse Primaire "
                + "d’Assurance Maladie (CPAM) et le Centre Hospitalier de Brenneval, ont signé, lundi 3 décembre 2018, "
                + "un Contrat local de santé (CLS) pour la période 2019-2023.");

        assertThat(draft.signatories()).extracting(Party::name).contains("le Centre Hospitalier de Brenneval");
    }

    @Test
    void readsAMayorAsSigningForTheCommuneAndNamesWhoSignedForEachParty() {
        Contract draft = ExtractionFixtures.extract("Le 3 mars 2025, Jeanne Martin, maire de Brenneval, "
                + "Paul Durand, directeur de l'ARS Normandie et Léa Petit, préfète de l'Orne, ont signé le Contrat "
                + "Local de Santé de Brenneval.");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("maire de Brenneval", "Jeanne Martin"), tuple("préfète de l'Orne", "Léa Petit"));
    }

    @Test
    void readsTheMayorOfAListWhoseLastSignatoryFollowsAnd() {
        Contract draft = ExtractionFixtures.extract("Paul Durand, directeur de l'ARS Normandie, Jeanne Martin, "
                + "maire de Brenneval et Léa Petit, vice-présidente du Centre Communal d'Action Sociale, ont signé le "
                + "Contrat Local de Santé de Brenneval le 3 mars 2025.");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("maire de Brenneval", "Jeanne Martin"));
    }

    @Test
    void keepsTheRoleOfThePersonNamedBeforeItWhenItNamesNoOrganisation() {
        Contract draft = ExtractionFixtures.extract("Paul Durand, directeur général de l'ARS Normandie, Jeanne "
                + "Martin, maire de Brenneval et Léa Petit, sous-préfète à la cohésion sociale et à la jeunesse ont "
                + "signé un Contrat Local de Santé.");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("sous-préfète à la cohésion sociale et à la jeunesse", "Léa Petit"));
    }

    @Test
    void givesAnOrganisationNamedByItsRoleThePersonBeforeItNotTheOneAfter() {
        Contract draft = ExtractionFixtures.extract("Jeanne Martin, maire de Brenneval, Léa Petit, sous-préfète de "
                + "l'Orne, Paul Durand, délégué départemental de l'ARS Normandie et Marc Leroy, président de la "
                + "Communauté de communes de Brenneval ont apposé leurs signatures au bas du Contrat Local de Santé.");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("maire de Brenneval", "Jeanne Martin"), tuple("sous-préfète de l'Orne", "Léa Petit"));
    }

    @Test
    void theMembersBesideTheSignatoriesAreNoSignatories() {
        Contract draft = ExtractionFixtures.extract("Le maire de Brenneval et l'ARS Normandie ont signé le Contrat "
                + "Local de Santé. À côté de ces signataires, le CLS associe trois autres membres : le centre "
                + "hospitalier, la fondation Lebrun et la CPAM.");

        assertThat(draft.signatories()).extracting(Party::name).doesNotContain("la CPAM");
    }

    @Test
    void readsThePartiesATitleSaysTheContractIsBetween() {
        Contract draft = ExtractionFixtures.extract("CONTRAT LOCAL DE SANTE entre la Ville de Brenneval, l'Agence "
                + "Régionale de Santé Normandie et le Centre Hospitalier du Pays d'Auge\n\nPréambule");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("la Ville de Brenneval",
                "l'Agence Régionale de Santé Normandie", "le Centre Hospitalier du Pays d'Auge");
    }

    @Test
    void readsThePartiesACoverPageListsWithoutCommas() {
        Contract draft = ExtractionFixtures.extract("""
                Contrat Local de Santé de Brenneval

                Entre : La Préfecture du  L’Agence Régionale de Santé Normandie Le Conseil Départemental de l'Orne La Caisse Primaire d’Assurance Maladie de l'Orne
                """);

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("Préfecture",
                "Agence Régionale de Santé Normandie", "Conseil Départemental de l'Orne",
                "Caisse Primaire d’Assurance Maladie de l'Orne");
    }

    @Test
    void readsTheSignatoriesASentenceListsAfterDont() {
        Contract draft = ExtractionFixtures.extract("Brenneval a signé son Contrat Local de Santé. Les signataires du "
                + "Contrat dont la commune de Brenneval, l’Agence Régionale de Santé Normandie, la Préfecture et le "
                + "Département, s’engagent à mobiliser les moyens nécessaires.");

        assertThat(draft.signatories()).extracting(Party::name).contains("l’Agence Régionale de Santé Normandie",
                "la Préfecture", "le Département");
    }

    @Test
    void thePartiesThatCommitToTheContractSignItWhenNothingElseSaysWho() {
        Contract draft = ExtractionFixtures.extract("Le Pays de Brenneval, l’Agence Régionale de Santé Normandie, la "
                + "Préfecture de l’Orne et la CPAM de l’Orne s’engagent sur le territoire dans le déploiement d’un "
                + "Contrat Local de Santé.");

        assertThat(draft.signatories()).extracting(Party::name).contains("l’Agence Régionale de Santé Normandie",
                "la Préfecture de l’Orne");
    }

    @Test
    void partiesThatCommitToSetAContractUpHaveNotSignedIt() {
        Contract draft = ExtractionFixtures.extract("Depuis le 1er septembre 2022, la Communauté de communes de "
                + "Brenneval et l’Agence Régionale de Santé Normandie s’engagent à mettre en place un Contrat Local de "
                + "Santé sur le territoire.");

        assertThat(draft.signatories()).isEmpty();
    }

    @Test
    void aCommitmentDoesNotOutweighTheSentenceThatSaysWhoSigned() {
        Contract draft = ExtractionFixtures.extract("L’Agence Régionale de Santé et la Communauté de Communes de "
                + "Brenneval s’engagent dans une trajectoire commune avec le Contrat Local de Santé. Ce jeudi 6 mars "
                + "2025, le président Jean Valadier a signé avec Didier Jaffre, directeur général de l’Agence "
                + "Régionale de Santé, un Contrat Local de Santé.");

        assertThat(draft.signatories()).extracting(Party::name).doesNotContain("L’Agence Régionale de Santé");
    }

    @Test
    void neverTakesOrganisationsOfAKindInGeneralForSignatories() {
        Contract draft = ExtractionFixtures.extract("Le contrat local de santé de Brenneval a été signé le 3 mars 2025. "
                + "C'est un outil souple, contrat signé entre les collectivités territoriales et les ARS avec une "
                + "stratégie commune.");
        Contract any = ExtractionFixtures.extract("Le contrat local de santé de Brenneval a été signé le 3 mars 2025. "
                + "Le CLS est un contrat signé entre une Agence régionale de santé et une intercommunalité, en associant "
                + "d'autres acteurs.");

        assertThat(draft.signatories()).isEmpty();
        assertThat(any.signatories()).isEmpty();
    }

    @Test
    void readsASealedAgreementAsASigning() {
        Contract draft = ExtractionFixtures.extract("La ville de Brenneval et l'ARS Normandie ont scellé leur contrat "
                + "local de santé le 3 mars 2025.");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("La ville de Brenneval",
                "l'ARS Normandie");
    }

    @Test
    void endsTheLastSignatoryBeforeTheContractNamedAfterIt() {
        Contract draft = ExtractionFixtures.extract("Le 9 janvier 2023 était signé entre la Communauté de communes "
                + "de Brenneval et l'Agence Régionale de Santé Normandie un premier contrat local de santé.");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly(
                "la Communauté de communes de Brenneval", "l'Agence Régionale de Santé Normandie");
    }

    @Test
    void givesAnOrganisationTheRepresentativeNamedWithItsRoleBeforeItNotTheNextSignatory() {
        Contract draft = ExtractionFixtures.extract("Les signataires du contrat local de santé : Claire Dumont, "
                + "vice-présidente du Conseil départemental de l'Orne, Hugo Bernard, sous-préfet, et Paul Durand, "
                + "directeur général de l'ARS Normandie.");

        assertThat(draft.signatories()).filteredOn(p -> p.name().contains("Conseil départemental"))
                .extracting(Party::role).singleElement().asString().contains("Claire Dumont");
    }

    @Test
    void takesWhoSignedForThePartiesOfATitleFromTheSentenceBelowIt() {
        Contract draft = ExtractionFixtures.extract("""
                La Communauté de communes de Brenneval et l'ARS signent un premier Contrat local de santé

                Paul Durand, directeur général de l'ARS Normandie et Jeanne Martin, présidente de la Communauté de                 communes de Brenneval, ont signé ce mardi 12 juin un premier Contrat local de santé.
                """);

        assertThat(draft.signatories()).extracting(Party::role).allSatisfy(role -> assertThat(role).isNotNull());
        assertThat(draft.signatories()).filteredOn(p -> p.name().contains("Brenneval")).extracting(Party::role)
                .singleElement().asString().startsWith("Jeanne Martin");
    }

    @Test
    void neverTakesWhereTheySignedForASignatory() {
        Contract draft = ExtractionFixtures.extract("Ce jeudi 6 mars 2025, au sein de la maison de santé de "
                + "Brenneval, la Communauté de communes de Brenneval et l'ARS Normandie ont signé un Contrat Local "
                + "de Santé.");

        assertThat(draft.signatories()).extracting(Party::name).noneMatch(n -> n.contains("maison de santé"))
                .isNotEmpty();
    }

    @Test
    void readsASignatureBlockWrittenOnOneLineWithItsAddress() {
        Contract draft = ExtractionFixtures.extract("""
                Contrat Local de Santé du Pays de Brenneval 2018-2022

                Entre d’une part,

                L’Agence Régionale de Santé de Normandie Le Diapason, 2, Place des Savoirs, 14000 CAEN Représentée par son Directeur Général, Monsieur Pierre PRIBILE

                Et d’autre part,

                La Communauté de Communes du Serein Représentée par sa Présidente, Madame Claudie CHAMPEAUX
                """);

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("L’Agence Régionale de Santé de Normandie", "Pierre PRIBILE, Directeur Général"),
                tuple("La Communauté de Communes du Serein", "Claudie CHAMPEAUX, Présidente"));
    }

    @Test
    void readsTheSignatoriesListedInsideBrackets() {
        Contract draft = ExtractionFixtures.extract("Le CLS est signé entre la Ville de Brenneval, l’Agence "
                + "régionale de santé, et trois autres signataires (la Préfecture, le Département et la CPAM), pour "
                + "une mutualisation de moyens.");

        assertThat(draft.signatories()).extracting(Party::name).anyMatch(n -> n.startsWith("la Préfecture"))
                .anyMatch(n -> n.startsWith("le Département")).anyMatch(n -> n.startsWith("la CPAM"));
    }

    @Test
    void neverKeepsHalfABracketOfAnAcronymAsASignatory() {
        Contract draft = ExtractionFixtures.extract("Le contrat local de santé de Brenneval a été signé entre Paul "
                + "Roux, son président, et Marc Petit directeur de la délégation de l'Orne de l'Agence régionale de "
                + "santé (ARS).");

        assertThat(draft.signatories()).extracting(Party::name).noneMatch(n -> n.contains(")") != n.contains("("));
    }

    @Test
    void leavesASigningBetweenPeopleToItsSentenceRatherThanKeepItsOnlyOrganisation() {
        Contract draft = ExtractionFixtures.extract("Jeudi soir, le contrat local de santé de Brenneval a été signé "
                + "entre Paul Roux, son président, Jean Morel, vice-président chargé de la santé et Marc Petit "
                + "directeur de la délégation de l'Orne de l'Agence régionale de santé (ARS).");

        assertThat(draft.signatories()).isEmpty();
    }

    @Test
    void readsWhoSignedForEachPartyWhenTheNameFollowsIt() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé de Brenneval a été signé par la maire "
                + "de Brenneval, Jeanne Martin, le directeur général de l'ARS Normandie Paul Durand, le sous-préfet "
                + "Marc Petit et la directrice du centre hospitalier de Brenneval.");

        // The sous-préfet signs for the État under his role; he never signs for the hospital after him.
        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("la maire de Brenneval", "Jeanne Martin"), tuple("l'ARS Normandie", "Paul Durand"),
                tuple("le sous-préfet", "Marc Petit"));
        assertThat(draft.signatories()).filteredOn(p -> !p.name().equals("le sous-préfet")).extracting(Party::role)
                .noneMatch(r -> r != null && r.contains("Marc Petit"));
    }

    @Test
    void keepsTheSousPrefetOfAnArrondissementAmongPeopleWhoSigned() {
        Contract draft = ExtractionFixtures.extract("Ce vendredi 31 mars, Paul Durand, directeur général de l’Agence "
                + "Régionale de Santé Normandie, Marc PETIT, sous-préfet de l’arrondissement de Brenneval et Jeanne "
                + "MARTIN, maire de Brenneval ont signé un Contrat Local de Santé (CLS).");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("sous-préfet de l’arrondissement de Brenneval", "Marc PETIT"));
    }

    @Test
    void readsThePartiesOfACoverPageOnePerLineAfterEntre() {
        Contract draft = ExtractionFixtures.extract("""
                Contrat local de santé
                Entre
                Le Préfet de l'Orne
                Le Directeur Général de l’Agence Régionale de Santé de Normandie
                Et le Maire de Brenneval
                Pour la période 2012-2014
                """);

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("Le Préfet de l'Orne",
                "l’Agence Régionale de Santé de Normandie", "le Maire de Brenneval");
    }

    @Test
    void readsACoverPagesPartiesEndingWithCommasUntilALineNamesNoOneJoiningANameRunOntoTheNextLine() {
        Contract draft = ExtractionFixtures.extract("""
                Contrat Local de Santé
                du Val de Brenne
                Entre
                M. Le Préfet de l'Orne,
                M. Le Président du Syndicat Mixte du Pays de Brenne,
                M. Le Directeur Général de l’Agence Régionale de Santé
                Normandie,
                Mme La Directrice de la Caisse Primaire d’Assurance Maladie de
                l'Orne.
                Pour la période 2015-2018
                """);

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("M. Le Préfet de l'Orne",
                "Syndicat Mixte du Pays de Brenne", "l’Agence Régionale de Santé Normandie",
                "la Caisse Primaire d’Assurance Maladie de l'Orne");
    }

    @Test
    void readsThePartiesACoverPageListsAfterEntreWithWhoSignsForThem() {
        Contract draft = ExtractionFixtures.extract("""
                CONTRAT LOCAL DE SANTE DE BRENNEVAL
                Entre Monsieur le Maire de Brenneval, Monsieur le Préfet de l'Orne, Monsieur le Directeur Général \
                de l'Agence Régionale de Santé de Normandie et Madame la directrice du Centre Hospitalier de Brenneval
                Il a été convenu de signer le présent Contrat Local de Santé.
                """);

        assertThat(draft.signatories()).extracting(Party::name).contains("Monsieur le Maire de Brenneval",
                "Monsieur le Préfet de l'Orne", "l'Agence Régionale de Santé de Normandie");
    }

    @Test
    void leavesOutPeoplePresentAtTheSigning() {
        Contract draft = ExtractionFixtures.draft("successive-contracts.txt");

        assertThat(draft.signatories()).extracting(Party::name).noneMatch(name -> name.contains("Vasseur"));
    }

    @Test
    void readsAListSignedBetweenOrganisationsWithoutTheDateThatFollows() {
        Contract draft = ExtractionFixtures.draft("prose-axes.txt");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly(
                "la communauté de communes du Haut-Ternois", "l'ARS Hauts-de-France", "la Mutualité Sociale Agricole");
    }

    @Test
    void readsTheSubjectAndTheOrganisationsItSignedWith() {
        Contract draft = ExtractionFixtures.draft("miscounted-axes.txt");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("La Ville de Montcabrier",
                "l'Agence Régionale de Santé Occitanie", "la Caisse Primaire d'Assurance Maladie du Lot");
    }

    @Test
    void takesRepresentativesOfCountedPartnersAsACountNotAName() {
        Contract draft = ExtractionFixtures.draft("axis-lines.txt");

        assertThat(draft.signatories()).isEmpty();
        assertThat(draft.figures()).extracting(Figure::value).contains("douze partenaires");
    }

    @Test
    void readsTheSignatoriesOfAListIntroducedBySigningWith() {
        Contract draft = ExtractionFixtures.extract("""
                La signature du 2ème contrat local de santé
                Le Val d'Esse a signé son deuxième Contrat Local de Santé (CLS) en mai, pour la période 2024-2028 avec :
                - la Préfecture de la Sarthe,
                - la Caisse Primaire d'Assurance Maladie (CPAM) de la Sarthe
                - la Communauté Professionnelle Territoriale de Santé (CPTS) Sud Sarthe
                """);

        assertThat(draft.signatories()).extracting(Party::quote).containsExactly("Le Val d'Esse",
                "la Préfecture de la Sarthe", "la Caisse Primaire d'Assurance Maladie (CPAM) de la Sarthe",
                "la Communauté Professionnelle Territoriale de Santé (CPTS) Sud Sarthe");
        assertThat(draft.signing().date()).isEqualTo("mai");
    }

    @Test
    void keepsTheOrganisationOfAnItemCutOffByTheEndOfThePage() {
        Contract draft = ExtractionFixtures.extract("Les signataires du Contrat Local de Santé de Lormes sont : la "
                + "ville de Lormes, la Direction des Services Départementaux de l'Éducation Nationale de la […]");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("la ville de Lormes",
                "la Direction des Services Départementaux de l'Éducation Nationale");
    }

    @Test
    void takesTheOrganisationARepresentativeSignsFor() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé de Lormes a été signé par le directeur "
                + "de l'Agence Régionale de Santé Bourgogne-Franche-Comté et la présidente de la Communauté de "
                + "communes de Lormes, Mme Anne Roux.");

        assertThat(draft.signatories()).extracting(Party::name).containsExactly(
                "l'Agence Régionale de Santé Bourgogne-Franche-Comté", "la Communauté de communes de Lormes");
    }

    @Test
    void dropsLinkWordsAndQuotationsFromAListOfSignatories() {
        Contract draft = ExtractionFixtures.extract("Une convention signée mardi soir par les élus de la Communauté "
                + "d'agglomération du Val de Lore, en lien avec la Communauté de communes des Trois Rives, mais aussi "
                + "la sous-préfecture de Lore, l'ARS, la MSA… « Un vrai outil », précise le président.");

        assertThat(draft.signatories()).extracting(Party::quote).containsExactly(
                "la Communauté d'agglomération du Val de Lore", "la Communauté de communes des Trois Rives",
                "la sous-préfecture de Lore", "l'ARS", "la MSA");
    }

    @Test
    void flagsSignatoriesFewerThanTheTextAnnounces() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé de Lormes a été signé par les "
                + "représentants des cinq partenaires qui s'y engagent : la ville de Lormes, l'ARS, la Mutualité "
                + "Sociale Agricole.");

        assertThat(draft.signatories()).hasSize(3);
        assertThat(draft.review()).filteredOn(r -> r.field().equals("signatories")).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("à vérifier : le texte annonce cinq partenaires, 3 "
                        + "signataires trouvés"));
    }

    @Test
    void acceptsTheOneWhoNamesItsCountedPartners() {
        Contract draft = ExtractionFixtures.extract("""
                En 2025, la ville de Lormes et ses 2 partenaires ont co-signé le Contrat Local de Santé.
                Les signataires du Contrat Local de Santé de Lormes sont : la ville de Lormes, l'ARS, la CPAM de la \
                Nièvre.
                """);

        assertThat(draft.signatories()).hasSize(3);
        assertThat(draft.review()).extracting(r -> r.field()).doesNotContain("signatories");
    }

    @Test
    void readsTheNamesOfTheSentenceAndThoseOfTheListItIntroduces() {
        Contract draft = ExtractionFixtures.extract("""
                Le Contrat Local de Santé de Lormes est signé entre l'ARS Bourgogne-Franche-Comté, la ville de \
                Lormes ainsi que par :

                le conseil départemental de la Nièvre
                la Caisse primaire d'assurance maladie de la Nièvre
                """);

        assertThat(draft.signatories()).extracting(Party::name).anyMatch(n -> n.startsWith("l'ARS"))
                .anyMatch(n -> n.equals("la ville de Lormes"))
                .anyMatch(n -> n.startsWith("le conseil départemental de la Nièvre"))
                .noneMatch(n -> n.contains("ainsi que"));
    }

    @Test
    void keepsWhoSignedForEachOrganisation() {
        Contract draft = ExtractionFixtures.extract("Anne Morel, directrice générale de l’ARS Bretagne, Paul Le Bris, "
                + "directeur de la Caisse primaire d’Assurance Maladie du Finistère et Jean Kerhoas, président de la "
                + "communauté de communes de Lormes ont signé le 3 mars 2025 le Contrat Local de Santé de Lormes.");

        assertThat(draft.signatories()).extracting(Party::name, Party::role).contains(
                tuple("la Caisse primaire d’Assurance Maladie du Finistère", "Paul Le Bris, directeur"),
                tuple("la communauté de communes de Lormes", "Jean Kerhoas, président"));
        assertThat(draft.signatories()).extracting(Party::name).noneMatch(n -> n.contains("Kerhoas"));
    }
}
