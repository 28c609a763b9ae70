package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.knowledge.Axis;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.ContractCheck;
import fr.clsbot.knowledge.Figure;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.GlossaryTerm;
import fr.clsbot.knowledge.Party;
import fr.clsbot.knowledge.SourceText;
import fr.clsbot.territory.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractExtractorTest {
    private final ContractExtractor extractor = new ContractExtractor(new Glossary(List.of(
            new GlossaryTerm("CPAM", "Caisse Primaire d'Assurance Maladie", null))));

    @Test
    void extractsTheTypedFactsOfAPressRelease() {
        Contract draft = extractor.extract(PressRelease.text(), "sources/cp.txt", null, "cp");

        assertThat(draft.territory().name()).isEqualTo("Combes d'Auzon");
        assertThat(draft.territory().kind()).isEqualTo("communauté de communes");
        assertThat(draft.territory().region()).isEqualTo("Auvergne-Rhône-Alpes");
        assertThat(draft.id()).isEqualTo("combes-d-auzon");
        assertThat(draft.period().label()).isEqualTo("2026-2030");
        assertThat(draft.signing().date()).isEqualTo("14 octobre 2026");
        assertThat(draft.axes()).extracting(Axis::title).containsExactly("Attirer des médecins généralistes",
                "Prévenir la perte d'autonomie", "Accompagner la santé des jeunes", "Agir sur l'environnement");
        assertThat(draft.axes().get(1).description()).isEqualTo("ateliers mémoire et prévention des chutes.");
        assertThat(draft.signatories()).extracting(Party::name).containsExactly(
                "la communauté de communes des Combes d'Auzon", "le Préfet de la Haute-Loire",
                "l'ARS Auvergne-Rhône-Alpes", "la CPAM de la Haute-Loire (Caisse Primaire d'Assurance Maladie)");
        assertThat(draft.figures()).extracting(Figure::value).contains("22 500 €", "40 000 euros",
                "320 habitants");
        assertThat(draft.figures()).filteredOn(f -> f.value().equals("22 500 €")).singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("funding");
                    assertThat(f.payer()).isEqualTo("ARS");
                    assertThat(f.when()).isEqualTo("par an");
                });
        assertThat(draft.governance()).extracting(Party::name).contains("comité de pilotage");
        assertThat(draft.contacts()).singleElement().satisfies(c -> {
            assertThat(c.organisation()).isEqualTo("Communauté de communes des Combes d'Auzon");
            assertThat(c.service()).isEqualTo("Service communication");
            assertThat(c.phone()).isEqualTo("04 71 22 33 44");
            assertThat(c.email()).isEqualTo("presse@combes-auzon.fr");
            assertThat(c.topics()).containsExactly("presse");
        });
        assertThat(draft.draft()).isTrue();
        assertThat(ContractCheck.problems(draft, new SourceText(PressRelease.text()))).as("a draft always validates").isEmpty();
    }

    @Test
    void marksTheSigningDateUnknownWhenTheDocumentAnnouncesASignatureWithoutDate() {
        String text = "La ville de Saint-Flour annonce la signature de son Contrat Local de Santé 2025-2028.\n\n"
                + "Les actions seront déployées dans tous les quartiers de la ville.";

        Contract draft = extractor.extract(text, "sources/sf.txt", null, "sf");

        assertThat(draft.territory().name()).isEqualTo("Saint-Flour");
        assertThat(draft.signing().known()).isFalse();
        assertThat(draft.period().label()).isEqualTo("2025-2028");
        assertThat(ContractCheck.problems(draft, new SourceText(text))).isEmpty();
    }

    @Test
    void readsTheTerritoryOfAContractMadeForAPays() {
        Contract draft = ExtractionFixtures.extract("Un contrat local de santé pour le Pays de Fougères\n\n"
                + "Les partenaires se sont engagés pour cinq ans.");

        assertThat(draft.territory().name()).isEqualTo("Pays de Fougères");
    }

    @Test
    void readsTheTownAContractIsMadeForWithoutAnArticle() {
        Contract draft = ExtractionFixtures.extract("""
                C’est un plan en 17 actions qui a été signé ce lundi 11 juillet, avec le directeur départemental du \
                Rhône et de la Métropole de Lyon à l’Agence régionale de santé, pour un nouveau Contrat local de santé \
                pour Vénissieux.
                """);

        assertThat(draft.territory().name()).isEqualTo("Vénissieux");
    }

    @Test
    void readsACommuneWhoseNameHoldsAnElidedWordAndNeverAFirstNameForACommune() {
        Contract draft = ExtractionFixtures.extract("""
                Un contrat dédié à la santé « globale ».
                « Saint-Martin-d’Hères a été interpellée par l’ARS, retrace Laurie Pierre, coordinatrice du CLS.
                Pour définir les contours de ce CLS 2020-2023, deux diagnostics ont été réalisés. »
                """);

        // Laurie is also a commune of the Cantal.
        assertThat(draft.territory().name()).isEqualTo("Saint-Martin-d'Hères");
    }

    @Test
    void aTownNamedByTheFirstWordOfItsNameIsTheOneOfTheDepartementTheTextNames() {
        Contract draft = ExtractionFixtures.extract("""
                Un engagement en faveur de la santé des Clermontois.
                Le Contrat Local est ainsi signé entre la Ville de Clermont et l’ARS. Il s’étend à la Préfecture du \
                Puy-de-Dôme et au Conseil départemental.
                """);

        assertThat(draft.territory().name()).isEqualTo("Clermont-Ferrand");
        assertThat(draft.territory().aliases()).contains("Clermont");
    }

    @Test
    void theLegalNameOfAnIntercommunalityLeavesOutTheRoleOfThePersonBeforeIt() {
        Contract draft = ExtractionFixtures.extract("Ce mardi 26 juin a été signé le deuxième Contrat local de santé "
                + "(CLS) de Brumevaux Communauté par Jean Brun, Président de Brumevaux Communauté, et la déléguée "
                + "territoriale de l’ARS.");

        assertThat(draft.territory().aliases()).contains("Brumevaux Communauté")
                .noneMatch(alias -> alias.startsWith("Président"));
    }

    @Test
    void aContractNamedByNoPlaceOfTheMapIsAlsoTheOneIntercommunalityItsTextNames() {
        Contract draft = ExtractionFixtures.extract("3 questions à la coordinatrice du CLS Est-Brume. Quels sont les "
                + "enjeux de santé sur le Pays de Nay ? C'est un territoire qui va plutôt bien.");

        assertThat(draft.territory().aliases()).contains("Pays de Nay");
    }

    @Test
    void theNameLeavesOutTheWordsThatOnlySayItsKind() {
        assertThat(ExtractionFixtures.extract("Le Contrat Local de Santé (CLS) des Communautés de Communes du "
                + "Montmorillonnais et du Lussacois a été signé le 9 décembre.").territory().name())
                .isEqualTo("Montmorillonnais");
    }

    @Test
    void neverTakesAFormerRegionForTheTerritory() {
        Contract draft = ExtractionFixtures.extract("Le premier Contrat Local de Santé (CLS) de Basse-Normandie a été "
                + "signé par l'ARS et le Centre Intercommunal d'Action Sociale du Pays de Rivière-Haute.\n\n"
                + "Le CLS du Pays de Rivière-Haute décline 2 priorités.");

        assertThat(draft.territory().name()).isEqualTo("Pays de Rivière-Haute");
    }

    @Test
    void takesTheCommuneOfTheTitleWhenTheTextLostLettersOfItsName() {
        Contract draft = ExtractionFixtures.extract("AUBERVILLIERS\n\nCONTRAT LOCAL DE SANTE 2018 - 2022\n\n"
                + "Il a été convenu de signer le présent Contrat Local de Santé portant sur la Commune d’Auevillies.");

        assertThat(draft.territory().name()).isEqualTo("Aubervilliers");
        assertThat(draft.territory().aliases()).contains("Auevillies");
    }

    @Test
    void keepsTheNameOfThePaysWhenTheTitleNamesOneOfItsTowns() {
        Contract draft = ExtractionFixtures.extract("Vendôme\n\nLe Contrat Local de Santé du Pays Vendômois a été "
                + "signé le 2 avril.");

        assertThat(draft.territory().name()).isEqualTo("Pays Vendômois");
    }

    @Test
    void takesTheTerritoryWhereTheFirstLineSaysThePageHappens() {
        Contract draft = ExtractionFixtures.extract("Les États Généraux de la Santé en Terres de Brume\n\n"
                + "Les habitants se sont retrouvés à Lormes pour préparer le futur contrat de santé.");

        assertThat(draft.territory().name()).isEqualTo("Terres de Brume");
    }

    @Test
    void readsATitleBrokenOverShortLinesAsOneNameAndTheDepartementOfTheMap() {
        Contract draft = ExtractionFixtures.extract("""
                Contrat Local de Santé

                des Coteaux Rouges

                de l’Argonnais

                2019-2023

                Entre : Le Conseil Départemental du Loiret La Caisse d'Allocations Familiales du Loiret
                """);

        assertThat(draft.territory().name()).isEqualTo("Les Coteaux Rouges de l’Argonnais");
        assertThat(draft.territory().departement()).isEqualTo("Loiret");
    }

    @Test
    void theIntercommunalitiesListedTogetherForTheContractAreItsAliases() {
        Contract draft = ExtractionFixtures.extract("Les communautés de communes du Bassin Rouge, Cœur de Brume et du "
                + "Val Clair se sont réunies le 4 février 2022 pour signer le Contrat Local de Santé du Bassin Rouge.");

        assertThat(draft.territory().name()).isEqualTo("Bassin Rouge");
        assertThat(draft.territory().aliases()).contains("Cœur de Brume", "Val Clair");
    }

    @Test
    void aTerritoryTheMapDoesNotKnowTakesTheNamesOfTheIntercommunalitiesThatSignForIt() {
        Contract draft = ExtractionFixtures.extract("Le 19 mai 2025, Céline Charriaud, Présidente de Saint-Flour "
                + "Communauté et Didier Achalme, Président de Hautes Terres Communauté, ont signé le Contrat Local de "
                + "Santé (CLS) de l’Est Brumeux.");

        assertThat(draft.territory().name()).isEqualTo("Est Brumeux");
        assertThat(draft.territory().aliases()).contains("Saint-Flour", "Hautes Terres");
    }

    @Test
    void readsATitleInCapitalsBelowTheContractsName() {
        Contract draft = ExtractionFixtures.extract("""
                télécharger 65 Kb.

                CONTRAT LOCAL DE SANTE

                DU PAYS BRUME NIVERNAISE

                Document de travail – Mai 2013
                """);

        assertThat(draft.territory().name()).isEqualTo("Pays Brume Nivernaise");
    }

    @Test
    void readsTheIntercommunalityAnAcronymSpells() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé (CLS) de la 4CPS est signé ce "
                + "1er juillet, pour trois ans, entre la communauté de communes et l'ARS.");

        assertThat(draft.territory().name()).isEqualTo("Champagne Conlinoise et du Pays de Sillé");
        assertThat(draft.territory().aliases()).contains("4CPS").doesNotContain("Pays");
    }

    @Test
    void keepsEtInsideANameTheMapKnows() {
        Contract draft = ExtractionFixtures.extract("La communauté de communes Entre Beauce et Perche a signé son "
                + "Contrat Local de Santé le 20 mai 2025.");

        assertThat(draft.territory().name()).isEqualTo("Entre Beauce et Perche");
    }

    @Test
    void theIntercommunalityThatSetsUpTheContractOutweighsTheTownOfThePeoplePresent() {
        Contract draft = ExtractionFixtures.extract("Jeudi 28 mars, de nombreuses personnalités du territoire et de la "
                + "Ville d’Étampes étaient présentes pour assister à la signature du Contrat Local de Santé mis en "
                + "place par la Communauté d’Agglomération de l’Étampois Sud-Essonne (CAESE).\n\nLe Président de la "
                + "CAESE a rappelé la genèse du projet.");

        assertThat(draft.territory().name()).isEqualTo("Étampois Sud-Essonne");
        assertThat(draft.territory().aliases()).contains("CAESE");
    }

    @Test
    void readsTwoTownsNamedTogetherAsTheCommuneTheyMergedInto() {
        Contract draft = ExtractionFixtures.extract("Les villes de Charleville et Mézières ont formalisé en 2016 un "
                + "premier contrat local de santé intercommunal.");

        assertThat(draft.territory().name()).isEqualTo("Charleville-Mézières");
        assertThat(draft.territory().kind()).isEqualTo("commune");
    }

    @Test
    void readsTheNameWrittenRightAfterTheContractsFullName() {
        Contract draft = ExtractionFixtures.extract("""
                Poursuite du Contrat Local de Santé Vallées Hautes Forêts 2024 / 2028

                Les communautés de communes ont signé le renouvellement du Contrat Local de Santé, avec Brenneval                 Communauté.
                """);

        assertThat(draft.territory().name()).isEqualTo("Vallées Hautes Forêts");
    }

    @Test
    void namesAnIntercommunalityCalledByADirectionAsTheTextWritesIt() {
        Contract draft = ExtractionFixtures.extract("""
                L'Agence régionale de santé et l'Espace Nord ont signé le contrat local de santé ce jeudi.
                C'est un partenariat entre l'État et la communauté d'agglomération du Nord, au siège de l'Espace Nord.
                """);

        assertThat(draft.territory().name()).isEqualTo("Espace Nord");
        assertThat(draft.territory().aliases()).doesNotContain("Nord");
    }

    @Test
    void takesTheCommuneOfTheMayorWhoSignsWhenNothingElseNamesTheTerritory() {
        Contract draft = ExtractionFixtures.extract("Les partenaires étaient présents en mairie le 14 octobre 2025 pour "
                + "la signature du Contrat local de santé. Un document paraphé par Jean Durand, maire de Brenneval, "
                + "et la directrice de la délégation départementale de l'ARS.");

        assertThat(draft.territory().name()).isEqualTo("Brenneval");
        assertThat(draft.territory().kind()).isEqualTo("commune");
    }

    @Test
    void endsANameBeforeTheDashThatLeadsToAPerson() {
        Contract draft = ExtractionFixtures.extract("Le contrat local de santé de Brenneval - Christian Robert, "
                + "adjoint, l'a présenté.");

        assertThat(draft.territory().name()).isEqualTo("Brenneval");
    }

    @Test
    void readsTheTownTheContractIsSignedWithOverAMetropolisItsPartnersNameTwice() {
        Contract draft = ExtractionFixtures.extract("Hier, le Contrat Local de Santé 2022-2026 a été signé entre la "
                + "Ville de Vénissieux et ses partenaires : la Métropole de Lyon, l'ARS et Bruno Bernard, président de "
                + "la Métropole de Lyon.");

        assertThat(draft.territory().name()).isEqualTo("Vénissieux");
    }

    @Test
    void readsAPaysNamedAtTheStartOfASentence() {
        Contract draft = ExtractionFixtures.extract("Le Pays Vesoul - Val de Saône et l'Agence Régionale de Santé ont "
                + "présenté le bilan du premier Contrat Local de Santé.");

        assertThat(draft.territory().name()).isEqualTo("Pays Vesoul - Val de Saône");
    }

    @Test
    void takesTheCommuneAPageNamesWhenItNamesNoCollectivityButNeverPartOfAPersonsName() {
        Contract draft = ExtractionFixtures.extract("""
                Le Contrat Local de Santé vise à réduire les inégalités de santé du territoire vaudais.
                Territoire jeune, Vaulx-en-Velin se mobilise pour l'accès aux soins. L'hôpital George Sand et                 l'équipe mobile George Sand accompagnent Vaulx-en-Velin.
                """);

        assertThat(draft.territory().name()).isEqualTo("Vaulx-en-Velin");
        // One commune among bigger ones of the Métropole de Lyon: the métropole's name is not the contract's.
        assertThat(draft.territory().aliases()).containsExactly("Vaulx-en-Velin");
    }

    @Test
    void readsTheNameAfterAKindFollowedByItsAcronymInBrackets() {
        Contract draft = ExtractionFixtures.extract("""
                Le territoire d'Épernay se mobilise avec son premier Contrat Local de Santé

                Le 26 février 2025, le Pôle d'Équilibre Territorial et Rural (PETR) du Pays d'Épernay Terres de \
                Champagne et l'ARS Grand Est ont signé leur premier Contrat Local de Santé (CLS).

                Avec 114 communes concernées, réparties sur trois intercommunalités – la Communauté d'Agglomération \
                d'Épernay, Coteaux et Plaine de Champagne, la Communauté de Communes de la Grande Vallée de la Marne \
                et la Communauté de Communes des Paysages de la Champagne.
                """);

        // The pays the three intercommunalities make, not the largest of them.
        assertThat(draft.territory().name()).isEqualTo("Pays d'Épernay Terres de Champagne");
    }

    @Test
    void takesTheTownAPageCallsByTheFirstWordOfItsNameInTheDepartementItNames() {
        Contract draft = ExtractionFixtures.extract("""
                La santé de nos habitants, une priorité.
                Savigny s'engage pour l'accès aux soins avec un Contrat local de santé. Parmi les partenaires : \
                l'ARS, la CPAM et le Département 77. Savigny accueille aussi de jeunes médecins.
                """);

        assertThat(draft.territory().name()).isEqualTo("Savigny-le-Temple");
        assertThat(draft.territory().departement()).isEqualTo("Seine-et-Marne");
    }

    @Test
    void keepsTheArticleOfATownsNameWhereTheMapKnowsTheTownWithIt() {
        Contract port = ExtractionFixtures.extract("""
                Le conseil municipal de la ville du Port a approuvé le renouvellement du contrat local de santé \
                avec l'ARS Réunion.
                """);
        Contract mans = ExtractionFixtures.extract("Le Mans Métropole a signé un contrat local de santé avec l'ARS.");
        Contract chatre = ExtractionFixtures.extract("""
                Ateliers Pour Le Diagnostic Du Pays de La Châtre-en-Berry Pour le Contrat Local de Santé

                Le diagnostic s'est tenu en novembre.
                """);

        assertThat(port.territory().name()).isEqualTo("Le Port");
        assertThat(port.territory().aliases()).contains("Port");
        assertThat(mans.territory().name()).isEqualTo("Le Mans Métropole");
        // The name also ends before « Pour le Contrat… » in a title written with capitals.
        assertThat(chatre.territory().name()).isEqualTo("Pays de La Châtre-en-Berry");
    }

    @Test
    void endsANameBeforeAMonthAndKeepsAnEtAfterADepartementsName() {
        Contract chaumont = ExtractionFixtures.extract("""
                Diagnostic Local de Santé du Pays de Chaumont Décembre 2018

                Le syndicat mixte prépare son contrat local de santé.
                """);
        Contract marne = ExtractionFixtures.extract("""
                Contrat local de santé de Marne et Chantereine : c'est signé, annoncent les élus de l'agglomération.
                """);

        assertThat(chaumont.territory().name()).isEqualTo("Pays de Chaumont");
        assertThat(marne.territory().name()).isEqualTo("Marne et Chantereine");
    }

    @Test
    void aTownNameThatStartsALongerProperNameVotesForNoIntercommunality() {
        Contract draft = ExtractionFixtures.extract("""
                Dans la communauté de communes (CC), rurale et étendue, du Grand Autunois Morvan, en \
                Saône-et-Loire, le CIAS couvre le même territoire que la CC, qui porte un contrat local de santé.
                """);

        // "du Grand" is no vote for the commune Grand (Vosges) and its intercommunality.
        assertThat(draft.territory().name()).isEqualTo("Grand Autunois Morvan");
        assertThat(draft.territory().departement()).isEqualTo("Saône-et-Loire");
        assertThat(draft.territory().aliases()).doesNotContain("Grand");
    }

    @Test
    void knowsAPageThatNamesOnlyTheTownItWasSignedInByTheIntercommunalityThatTownCarries() {
        Contract draft = ExtractionFixtures.extract("""
                Un premier contrat local de santé pour le territoire.
                Le contrat signé mercredi 11 décembre 2019 à Ornans engage les signataires à l’horizon 2024.
                """);

        assertThat(draft.territory().name()).isEqualTo("Ornans");
        assertThat(draft.territory().aliases()).containsExactly("Ornans", "Loue-Lison");
    }

    @Test
    void readsTerritoriesWrittenInLowerCaseWhereTheirKindOrDirectionSaysSo() {
        assertThat(ExtractionFixtures.extract("Un CLS va prochainement être établi à l’échelle du pays lormois. "
                + "Le pays lormois compte 4 742 personnes âgées.").territory().name()).isEqualTo("Pays lormois");
        assertThat(ExtractionFixtures.extract("Un contrat local de santé a été construit à l’échelle du nord "
                + "Val-Fleuri. Le contrat local de santé du nord Val-Fleuri s’étend sur 196 communes.").territory()
                .name()).isEqualTo("Nord Val-Fleuri");
        assertThat(ExtractionFixtures.extract("Lormes agglo finalise son contrat local de santé.").territory().name())
                .isEqualTo("Lormes agglo");
    }

    @Test
    void readsATerritoryNamedInCapitalsWithoutAccents() {
        assertThat(ExtractionFixtures.extract("SOMMAIRE\nI. LA COMMUNAUTE DE COMMUNES DE LORMES ...... 6\nII. LE "
                + "TERRITOIRE DE PROXIMITE ...... 7").territory().name()).isEqualTo("Lormes");
        assertThat(ExtractionFixtures.extract("CONTRAT LOCAL DE SANTE DE LA CHARITE-SUR-LOIRE\n\nPréambule")
                .territory().name()).isEqualTo("La Charité-sur-Loire");
    }

    @Test
    void readsTheTerritoryOfAnIntercommunalContractCalledClsi() {
        assertThat(ExtractionFixtures.extract("Le 14 juin, à Lormes, l’élaboration du programme d’actions du Contrat "
                + "Local de Santé intercommunal (CLSi) Val Fleuri Nord a réuni les acteurs.").territory().name())
                .isEqualTo("Val Fleuri Nord");
    }

    @Test
    void aWordSayingWhatKindOfContractItIsIsNoTerritory() {
        assertThat(ExtractionFixtures.extract("CONTRAT LOCAL DE SANTE MEDICO-SOCIAL - du PAYS de LORMES 2020-2024\n\n"
                + "Mot du Président du PETR du Pays de Lormes").territory().name()).isEqualTo("Pays de Lormes");
    }

    @Test
    void twoTownsThatSignTogetherAreBothNamesOfTheContract() {
        Contract draft = ExtractionFixtures.extract("""
                Un contrat local de santé signé entre Montbard et Vitteaux

                Un Contrat local de santé (2024-2028) a été signé entre les Villes de Montbard et de Vitteaux le 12
                juin dernier, dans la métropole dijonnaise.
                """);

        assertThat(draft.territory().name()).isEqualTo("Montbard");
        assertThat(draft.territory().aliases()).contains("Vitteaux");
    }

    @Test
    void anIslandNamedOnlyByItsNounIsNoNameOfTheTerritory() {
        Contract draft = ExtractionFixtures.extract("""
                Le contrat local de santé de l'Île d'Oléron a été signé hier.
                Le Contrat Local de Santé de l’Île
                d’Oléron est le résultat d'un long travail.
                """);

        assertThat(draft.territory().aliases()).contains("Île d'Oléron").doesNotContain("Île");
    }

    @Test
    void endsATerritoryBeforeAPartOfTheDocument() {
        assertThat(ExtractionFixtures.extract("Contrat Territorial de Santé du Pays de Lormes Période 2015 – 2018")
                .territory().name()).isEqualTo("Pays de Lormes");
    }

    @Test
    void prefersTheContractsOwnNameToADepartementNamedAsOften() {
        Contract draft = ExtractionFixtures.extract("Le conseil a validé une convention avec le Pôle d’Equilibre "
                + "Territorial et Rural de la Nièvre (PETR) pour le contrat local de santé. Une étude sera menée sur le "
                + "Pays de Lormes.");
        assertThat(draft.territory().name()).isEqualTo("Pays de Lormes");
    }

    @Test
    void keepsEveryNameOfTheCollectivityAsAnAlias() {
        Contract draft = ExtractionFixtures.extract("Le Pôle d’Equilibre Territorial et Rural du Val Fleuri valide "
                + "son contrat local de santé. Le PETR Val Fleuri regroupe cinq communautés de communes.");
        assertThat(draft.territory().aliases()).contains("PETR Val Fleuri");
    }

    @Test
    void leavesOutTheRoomNamedBeforeTheTerritoryThatHousesIt() {
        assertThat(ExtractionFixtures.extract("16h50 Signature du Contrat Local de Santé\nSalle MIELLE – Val Fleuri "
                + "Métropole, 1 place Robert Galley").territory().name()).isEqualTo("Val Fleuri Métropole");
    }

    @Test
    void readsAnIslandOrAValleyNamedWithALowerCaseNoun() {
        assertThat(ExtractionFixtures.extract("Le 14 février 2019, la communauté de communes de l’île d’Ouessant, "
                + "l’Agence Régionale de Santé et la préfecture du Finistère ont signé un second Contrat Local de "
                + "Santé.").territory().name()).isEqualTo("Île d’Ouessant");
        assertThat(ExtractionFixtures.extract("Contrat Local de Santé des îles bretonnes du Ponant - Socle - "
                + "2016-2020").territory().name()).endsWith("les bretonnes du Ponant");
    }

    @Test
    void endsATerritoryNamedInASignatureLineBeforeTheNextParty() {
        assertThat(ExtractionFixtures.extract("A Bobigny, le 12 mai 2016\nLe Maire de Lormes Le Préfet de la "
                + "Nièvre Le Directeur Général de l’ARS").territory().name()).isEqualTo("Lormes");
    }

    @Test
    void aShareOfPeopleIsNoFundingWhateverTheSentenceSaysOfMoney() {
        Contract draft = ExtractionFixtures.extract("Le CLS de Lormes 2022-2026 : plus de 30% des ménages vivent dans "
                + "un désert médical et renoncent à des soins pour des raisons financières. L'ARS finance 50 % du "
                + "poste de coordination.");

        assertThat(draft.figures()).filteredOn(f -> f.kind().equals("funding")).extracting(Figure::value)
                .containsExactly("50 %");
    }

    @Test
    void readsAParcNaturelRegionalThatPilotsTheContract() {
        Contract draft = ExtractionFixtures.extract("En avril 2022, l'ARS et les communautés de communes ont confié le "
                + "pilotage du Contrat local de santé (CLS) au Parc naturel régional des Causses Verts.");

        assertThat(draft.territory().name()).isEqualTo("Causses Verts");
        assertThat(draft.territory().kind()).isEqualTo("pays");
    }

    @Test
    void readsAParcNaturelRegionalCalledByItsAcronym() {
        Contract draft = ExtractionFixtures.extract("C'est le but du nouveau contrat local de santé du PNR, signé lundi "
                + "8 novembre à la maison du parc. « Un vrai traumatisme », estime le président du PNR de la Brenne.");

        assertThat(draft.territory().name()).isEqualTo("Brenne");
        assertThat(draft.territory().kind()).isEqualTo("pays");
    }

    @Test
    void neverTakesAParticipleOrARoleForPartOfATerritory() {
        assertThat(ExtractionFixtures.extract("Signé le 14 octobre 2022, le contrat local de santé est le fruit d'un "
                + "partenariat entre la communauté d'agglomération Val Fleuri Atlantique (CAVFA) et l'ARS.").territory()
                .name()).isEqualTo("Val Fleuri Atlantique");
        assertThat(ExtractionFixtures.extract("Monsieur Paul Roux, Maire de Lormes Directeur Général de l’ARS La "
                + "Préfecture de la Nièvre").territory().name()).isEqualTo("Lormes");
    }

    @Test
    void readsTheOneCommuneAPageNamesAfterAPreposition() {
        assertThat(ExtractionFixtures.extract("Prévention, accès aux soins… À Lormes, un nouveau contrat local de "
                + "santé. Le CLS 2022-2026 se compose de six axes prioritaires.").territory().name())
                .isEqualTo("Lormes");
    }

    @Test
    void readsTheArticleThatBeginsACommunesName() {
        assertThat(ExtractionFixtures.extract("Le groupe soutient un Contrat Local de Santé pluri-communal, à "
                + "condition qu'il réponde aux enjeux de La Madeleine. La Madeleine compte une population jeune.")
                .territory().name()).isEqualTo("La Madeleine");
    }

    @Test
    void endsANameBeforeADashThatLeadsToAPartOfTheDocument() {
        assertThat(ExtractionFixtures.extract("Animation du contrat local de santé du Val Fleuri - Année 1")
                .territory().name()).isEqualTo("Val Fleuri");
    }

    @Test
    void findsACommuneWrittenWithALowerCaseAfterItsHyphen() {
        assertThat(ExtractionFixtures.extract("""
                Châtillon-en-bazois logo

                La Ville vient d’adopter son nouveau Contrat Local de Santé (CLS).
                """).territory().name()).isEqualTo("Châtillon-en-Bazois");
    }

    @Test
    void neverPlacesAPaysInOneCommuneItsTextNames() {
        Contract draft = ExtractionFixtures.extract("Un nouveau contrat local de santé signé entre l’ARS et le pays "
                + "Lormois. À la suite d’un premier contrat passé avec la ville de Lormes seulement, l’ARS réitère ce "
                + "partenariat avec le pays Lormois.");

        assertThat(draft.territory().name()).isEqualTo("Pays Lormois");
        assertThat(draft.territory().aliases()).doesNotContain("Lormes");
    }

    @Test
    void placesAContractNamedByItsPeoplesAdjectiveInTheCommuneTheTextNames() {
        Contract draft = ExtractionFixtures.extract("""
                Contrat Local de Santé Lormois
                Entre le Préfet de la Nièvre et le Maire de Lormes
                Le Contrat Local de Santé Lormois 2012-2014 est signé le 14 décembre 2011.
                La Ville de Lormes partage les valeurs des villes santé.
                """);

        assertThat(draft.territory().name()).isEqualTo("Lormois");
        assertThat(draft.territory().aliases()).contains("Lormes");
    }

    @Test
    void placesAContractWhoseTitleNamesATownsPeopleInThatTown() {
        Contract draft = ExtractionFixtures.extract("""
                [Aller au menu]
                Un contrat pour la santé des Redonnais
                Le constat est sans appel : l'état de santé des habitants est moins bon qu'ailleurs.
                Les villes de Redon et de Vitré et l'Agence régionale de santé ont travaillé de concert.
                On retrouve des données proches dans les quartiers de Vitré et dans la communauté urbaine de Vitré.
                """);

        assertThat(draft.territory().name()).isEqualTo("Redon");
    }

    @Test
    void takesANameInCapitalsOnlyForThePlaceOfTheMapItStartsWith() {
        Contract shouted = ExtractionFixtures.extract("""
                Contrat Local de Santé
                Contrat Local de Santé EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL
                Le Conseil Municipal de la Ville de QUIMPERLE s'est réuni sous la présidence du Maire.
                """);
        Contract heading = ExtractionFixtures.extract("""
                CONTRAT LOCAL DE SANTE DU TERRITOIRE MONTBARD - Agence Régionale de Santé - Ville de Montbard
                Le contrat est signé par l'Agence régionale de santé et la ville.
                """);
        Contract acronym = ExtractionFixtures.extract(
                "La CCPEVA a signé le 20 septembre 2024 son premier contrat local de santé (CLS) avec l'ARS.");

        assertThat(shouted.territory().name()).isEqualTo("Quimperlé");
        assertThat(heading.territory().name()).isEqualTo("Montbard");
        // The acronym is no place of the map: the intercommunality it spells is.
        assertThat(acronym.territory().name()).isEqualTo("Pays d'Evian Vallée d'Abondance");
        assertThat(acronym.territory().aliases()).contains("CCPEVA");
    }

    @Test
    void readsTwoTownsJoinedByAHyphenAsTheTerritoryOfAContract() {
        Contract draft = ExtractionFixtures.extract("""
                Tous les indicateurs de santé sont dans le rouge dans cette partie de la Côte-d'Or.
                L'Agence régionale de santé et les élus ont signé un contrat pour Montbard-Vitteaux.
                Les élus applaudissent mais espèrent que les moyens suivront.
                """);

        Gazetteer gazetteer = Gazetteer.bundled();
        assertThat(draft.territory().name()).isEqualTo("Montbard-Vitteaux");
        assertThat(draft.territory().departement()).isEqualTo("Côte-d'Or");
        assertThat(draft.territory().communes()).containsExactly(gazetteer.communesNamed("Montbard").get(0).insee(),
                gazetteer.communesNamed("Vitteaux").get(0).insee());
    }

    @Test
    void countsActionSheetsNumberedFromOneWithoutAGap() {
        Contract numbered = ExtractionFixtures.extract("""
                Le Contrat Local de Santé de Lormes est signé avec l'ARS.
                Fiche action n°1 : organiser le diagnostic.
                Fiche action n°2 : repérer les partenaires.
                Fiche action n°3 : proposer la formalisation du contrat.
                """);
        Contract gap = ExtractionFixtures.extract("""
                Le Contrat Local de Santé de Lormes est signé avec l'ARS.
                Fiche action n°1 : organiser le diagnostic.
                Fiche action n°3 : proposer la formalisation du contrat.
                """);

        assertThat(numbered.figures()).extracting(Figure::value).contains("3 fiches actions");
        assertThat(gap.figures()).extracting(Figure::value).noneMatch(v -> v.contains("fiches actions"));
    }

    @Test
    void readsAPaysNamedByALowerCaseAdjectiveAndThePaysWrittenWithItAfterASlash() {
        Contract draft = ExtractionFixtures.extract("""
                Le pôle d'équilibre territorial et rural du Pays horloger et le syndicat mixte du Pays du Val Fleuri                 se sont engagés dans un second contrat local de santé.
                Le CLS des Pays horloger/Pays du Val Fleuri 2018-2022 poursuit le précédent contrat.
                """);

        assertThat(draft.territory().name()).isEqualTo("Pays horloger");
        assertThat(draft.territory().aliases()).contains("Pays du Val Fleuri");
    }

    @Test
    void keepsTheWholeNameOfATerritoryThatStartsLikeAnArticle() {
        Contract draft = ExtractionFixtures.extract("En 2016, la Communauté de communes Lacq-Orthez s'est engagée "
                + "dans un Contrat local de santé, pour son territoire et celui de la Communauté de communes voisine.");

        assertThat(draft.territory().name()).isEqualTo("Lacq-Orthez");
    }

    @Test
    void readsTheSignatureBlocksOfAContractsOwnPageWithWhoRepresentsEachParty() {
        Contract draft = ExtractionFixtures.extract("""
                CONTRAT LOCAL DE SANTE du Pays de Bois-Joli 2024-2028

                Entre d'une part,

                L'Agence Régionale de Santé Grand Est
                Le Belvédère
                3 boulevard Joffre
                54000 NANCY
                Représentée par son Directeur général, Monsieur Paul DURAND

                Et d'autre part,

                Le Pays de Bois-Joli
                Représenté par son Président, Monsieur Marc LEROY

                L'Etat
                Représenté par Madame la Préfète de la Meuse, Claire MOREAU

                La Communauté de Communes des Trois Vallées
                12 rue du Moulin
                Représent […]
                """);

        assertThat(draft.signatories()).extracting(Party::name).containsExactly("L'Agence Régionale de Santé Grand Est",
                "Le Pays de Bois-Joli", "L'Etat", "La Communauté de Communes des Trois Vallées");
        assertThat(draft.signatories()).extracting(Party::role).containsExactly("Paul DURAND, Directeur général",
                "Marc LEROY, Président", "Claire MOREAU, Préfète de la Meuse", null);
    }

    @Test
    void findsAnIntercommunalityOfTheMapNamedAfterAnArticle() {
        Contract draft = ExtractionFixtures.extract("Le dispositif regroupe quatorze signataires. Il en existe trois "
                + "en Dordogne, dont celui du Grand Périgueux, qui réunit les élus du Grand Périgueux.");

        assertThat(draft.territory().name()).contains("Grand Périgueux");
    }

    @Test
    void readsAPaysNamedByItsAcronymAsThePetrThatAcronymStandsFor() {
        Contract draft = ExtractionFixtures.extract("Le Président du Pôle d’Équilibre Territorial et Rural du Centre "
                + "Ouest Bretagne (COB) a signé un avenant au Contrat Local de Santé du Pays COB, en Côtes-d'Armor.");

        assertThat(draft.territory().name()).contains("Centre Ouest Bretagne");
        assertThat(draft.territory().aliases()).contains("Pays COB", "COB");
        assertThat(draft.territory().communes()).as("no CC du Centre-Ouest of Mayotte").isEmpty();
    }

    @Test
    void takesTheShortNameInBracketsAfterTheNameAsAnAliasButNotAPlaceThatLocatesIt() {
        Contract named = ExtractionFixtures.extract("Les élus de la Communauté d'agglomération du Valbrenois (Vabo) "
                + "ont signé le contrat local de santé.");
        Contract located = ExtractionFixtures.extract("Les élus de la Communauté de communes du Valbrenois (Gers) "
                + "ont signé le contrat local de santé.");

        assertThat(named.territory().aliases()).contains("Vabo");
        assertThat(located.territory().aliases()).doesNotContain("Gers");
    }

    @Test
    void namesATerritoryCalledByAcronymsAlsoByWhatTheyStandFor() {
        Contract draft = ExtractionFixtures.extract("Le Contrat Local de Santé est porté par l'ARS et les deux "
                + "collectivités Val Brenne Orvaux (VBO) et Haute Lisière Forêt (HLF). Le programme du CLS VBO HLF a "
                + "été signé en mars 2022.");

        assertThat(draft.territory().aliases()).contains("Val Brenne Orvaux", "Haute Lisière Forêt");
    }

    @Test
    void readsIntercommunalitiesNamedInGuillemetsAndATerritoryWithoutPreposition() {
        Contract quoted = ExtractionFixtures.extract("Le Contrat Local de Santé a été signé par les Communautés de "
                + "Communes « Astarac Arros en Gascogne » et « Val de Gers ».");
        Contract plain = ExtractionFixtures.extract("Les élus du territoire Haute Lande Armagnac ont préparé leur "
                + "Contrat Local de Santé.");

        assertThat(quoted.territory().collectivity()).isEqualTo("Communauté de Communes Astarac Arros en Gascogne");
        assertThat(plain.territory().name()).isEqualTo("Haute Lande Armagnac");
    }

    @Test
    void readsACommunautéDesCommunesAndACLSNamedRightAfterItsAcronym() {
        Contract communes = ExtractionFixtures.extract("La Communauté des communes du Val d'Orvaux et l'ARS ont "
                + "signé leur contrat local de santé pour la période 2019-2023.");
        Contract acronym = ExtractionFixtures.extract("Signature CLS Bois-et-Rivières : trois défis à relever.\n\n"
                + "Le CLS Bois-et-Rivières est le sixième contrat du département, après ceux du Pays Morvandiau.");

        assertThat(communes.territory().collectivity()).isEqualTo("Communauté de communes du Val d'Orvaux");
        assertThat(acronym.territory().name()).isEqualTo("Bois-et-Rivières");
    }

    @Test
    void namesBothIntercommunalitiesThatCarryTheContractTogether() {
        Contract draft = ExtractionFixtures.extract("Les communautés de communes du Val d’Orvaux et de la Haute "
                + "Brenne ont signé leur contrat local de santé avec l’ARS.\nLa Communauté de communes du Val "
                + "d’Orvaux porte le contrat.");

        assertThat(draft.territory().name()).isEqualTo("Val d’Orvaux");
        assertThat(draft.territory().aliases()).contains("Haute Brenne");
    }

    @Test
    void fallsBackToTheFileNameWhenNoTerritoryIsNamed() {
        String text = "Compte rendu de la réunion du 3 mars 2025.\n\nLes participants ont échangé.";

        Contract draft = extractor.extract(text, "sources/reunion.txt", null, "reunion-mars");

        assertThat(draft.territory().name()).isEqualTo("reunion-mars");
        assertThat(draft.milestones()).extracting(m -> m.date()).contains("3 mars 2025");
        assertThat(ContractCheck.problems(draft, new SourceText(text))).isEmpty();
    }

    @Test
    void readsAxisLinesActiveVoiceSignatoriesAndLabelledContacts() {
        String text = """
                # Contrat Local de Santé de la Communauté de communes Ambert Livradois Forez 2024-2028

                Le 18 janvier 2024, la Communauté de communes Ambert Livradois Forez, l'Agence régionale de santé \
                Auvergne-Rhône-Alpes et la Mutualité Sociale Agricole ont signé le Contrat Local de Santé.

                Axe 1 : Favoriser l'installation des professionnels de santé
                Axe 2 : Prévenir et accompagner la perte d'autonomie

                Le contrat mobilise 320 k€ sur cinq ans.

                Contact :
                Coordinatrice du CLS
                Tél. 04 73 82 00 00
                Courriel : sante@ambertlivradoisforez.fr
                """;

        Contract draft = extractor.extract(text, "sources/alf.txt", null, "alf");

        assertThat(draft.territory().name()).isEqualTo("Ambert Livradois Forez");
        assertThat(draft.signing().date()).isEqualTo("18 janvier 2024");
        assertThat(draft.signatories()).extracting(Party::name).containsExactly(
                "la Communauté de communes Ambert Livradois Forez", "l'Agence régionale de santé Auvergne-Rhône-Alpes",
                "la Mutualité Sociale Agricole");
        assertThat(draft.axes()).extracting(Axis::title).containsExactly(
                "Favoriser l'installation des professionnels de santé", "Prévenir et accompagner la perte d'autonomie");
        assertThat(draft.figures()).extracting(Figure::value).contains("320 k€", "cinq ans");
        assertThat(draft.contacts()).singleElement().satisfies(c -> {
            assertThat(c.organisation()).isEqualTo("Coordinatrice du CLS");
            assertThat(c.service()).isNull();
            assertThat(c.phone()).isEqualTo("04 73 82 00 00");
        });
        assertThat(draft.sources().get(0).title()).doesNotStartWith("#");
        assertThat(ContractCheck.problems(draft, new SourceText(text))).isEmpty();
    }

    @Test
    void aContactLineNamesWhoTheNumberBelowReaches() {
        Contract draft = extractor.extract("""
                Le Contrat Local de Santé du Pays de Val-Clair sera signé le 20 décembre.

                Contact : Laure Martin Coordonnatrice Contrat Local de Santé
                Pays de Val-Clair 04 67 38 11 10
                """, "sources/val-clair.txt", null, "val-clair");

        assertThat(draft.contacts()).singleElement().satisfies(c -> {
            assertThat(c.organisation()).isEqualTo("Laure Martin Coordonnatrice Contrat Local de Santé");
            assertThat(c.service()).isEqualTo("Pays de Val-Clair");
            assertThat(c.phone()).isEqualTo("04 67 38 11 10");
        });
    }

    @Test
    void aNameEndingWithACommaOnItsLineIsTheContactNotTheComma() {
        Contract draft = extractor.extract("""
                Le Contrat Local de Santé du Pays de Val-Clair a été lancé le 23 avril 2022.
                Contact :
                Pauline DUPONT,
                Coordonnatrice du CLS Pays de Val-Clair
                06 31 54 52 12
                cls@val-clair.fr
                """, "sources/val-clair.txt", null, "val-clair");

        assertThat(draft.contacts()).singleElement().satisfies(c -> {
            assertThat(c.organisation()).isEqualTo("Pauline DUPONT");
            assertThat(c.service()).isEqualTo("Coordonnatrice du CLS Pays de Val-Clair");
        });
    }

    @Test
    void namesTheCoordinatorOfTheContractInItsGovernance() {
        Contract draft = ExtractionFixtures.draft("numbered-axes.txt");

        assertThat(draft.governance()).filteredOn(p -> p.name().contains("Fontvieille")).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo("coordinatrice du CLS"));
    }

    @Test
    void flagsATerritoryTakenFromTheFileNameForReview() {
        String text = "Compte rendu de la réunion du 3 mars 2025.";

        Contract draft = extractor.extract(text, "sources/reunion.txt", null, "reunion-mars");

        assertThat(draft.review()).extracting(r -> r.field()).contains("territory");
        assertThat(draft.review()).extracting(r -> r.note()).anyMatch(n -> n.startsWith("à vérifier"));
    }

    @Test
    void readsTerritoryNamesJoinedByADashOrEndingWithAGeographicAdjective() {
        assertThat(territoryOf("L'Agglomération Paris – Vallée de la Marne a renouvelé son contrat local de santé "
                + "pour 2024-2028.")).isEqualTo("Paris – Vallée de la Marne");
        assertThat(territoryOf("Le Pôle métropolitain Nord Franche-Comté et l'ARS signent un contrat local de "
                + "santé.")).isEqualTo("Nord Franche-Comté");
        assertThat(territoryOf("Le PETR du Val central et ses partenaires ont signé le contrat local de santé."))
                .isEqualTo("Val central");
    }

    @Test
    void endsATerritoryNameBeforeThePersonWhoSpeaksForIt() {
        assertThat(territoryOf("Le président de la communauté de communes de l'Ouche Marcel Durand a signé le "
                + "contrat local de santé.")).isEqualTo("Ouche");
    }

    @Test
    void takesAnIntercommunalityOfTheMapWhenTheTextNamesItInNoUsualWay() {
        String text = "Santé : un contrat pour 2025-2029\n\nLes élus d'Auray Quiberon Terre Atlantique et l'ARS "
                + "Bretagne ont présenté leurs priorités. Auray Quiberon Terre Atlantique compte 24 communes.";

        Contract draft = extractor.extract(text, "sources/document-3.txt", null, "document-3");

        assertThat(draft.territory().name()).isEqualTo("Auray Quiberon Terre Atlantique");
        assertThat(draft.territory().kind()).isEqualTo("communauté de communes");
        assertThat(draft.review()).extracting(r -> r.field()).contains("territory");
    }

    private String territoryOf(String text) {
        return extractor.extract(text, "sources/document-1.txt", null, "document-1").territory().name();
    }

    @Test
    void linksAPaysToTheCommunesOfTheIntercommunalitiesItGroups() {
        String text = "Le Contrat Local de Santé du Pays Vendômois a été signé par le Syndicat Mixte du Pays "
                + "Vendômois, l'ARS et les communautés de communes des Collines du Perche et du Perche Haut "
                + "Vendômois.";

        Contract draft = extractor.extract(text, "sources/document-1.txt", null, "document-1");

        Gazetteer gazetteer = Gazetteer.bundled();
        assertThat(draft.territory().communes())
                .contains(gazetteer.communesNamed("Mondoubleau").get(0).insee(),
                        gazetteer.communesNamed("Vendôme").get(0).insee())
                .doesNotContain(gazetteer.communesNamed("Blois").get(0).insee());
    }
}
