package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.Fixtures;
import fr.clsbot.entity.EntityRecognizer;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.search.Concept;
import fr.clsbot.search.EvidenceIndex;
import fr.clsbot.territory.ContractTerritories;
import fr.clsbot.territory.Gazetteer;
import fr.clsbot.text.Typo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first step of answering, alone: what a question asks, about which territory. */
class QuestionReaderTest {
    private static EvidenceIndex index;
    private static QuestionReader reader;

    @BeforeAll
    static void create() {
        KnowledgeBase base = Fixtures.load(Fixtures.SHIPPED);
        EngineVocabulary vocabulary = EngineVocabulary.bundled();
        index = EvidenceIndex.build(base, vocabulary.analysis(), List.of());
        TerritoryScope scope = new TerritoryScope(new ContractTerritories(base, Gazetteer.bundled()),
                vocabulary.analysis(), index);
        reader = new QuestionReader(vocabulary, index, new TerritoryMatcher(base, index, vocabulary.analysis(), Set.of()),
                scope, new IntentClassifier(vocabulary.intents(), vocabulary.analysis()), new EntityRecognizer());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aPluralQuestionWordAsksForEveryOneOfTheKindNamed() {
        assertThat(reader.read("quels hôpitaux ont signé le CLS de Plaine Limagne ?").types())
                .extracting(AnswerType::name).contains("agent", "items");
        assertThat(reader.read("quel hôpital a signé le CLS de Plaine Limagne ?").types())
                .extracting(AnswerType::name).doesNotContain("items");
    }

    @Test
    void aRegionOrDepartementTypedAfterTheContractOnlyLocatesItEvenInLowerCase() {
        for (String typed : List.of("periode du cls de montlucon allier", "duree cls plaine limagne la reunion",
                "axes du cls de Montluçon dans l'Allier", "signataires cls plaine limagne Puy-de-Dôme")) {
            Question question = reader.read(typed);

            assertThat(question.territories()).as(typed).hasSize(1);
            assertThat(question.concepts()).as(typed).extracting(c -> c.label().toLowerCase())
                    .doesNotContain("reunion", "allier", "puy-de-dôme", "puy", "dome");
        }
        assertThat(reader.read("le premier cls de la reunion").concepts()).as("no contract named").isNotEmpty();
    }

    @Test
    void aRoleThatIsTheObjectOfPayingIsNoPersonAsked() {
        for (String typed : List.of("qui paie le coordinateur du CLS de Montluçon ?",
                "qui paye le coordo cls montlucon", "qui finance la coordinatrice du CLS de Plaine Limagne ?")) {
            assertThat(reader.read(typed).filters().personNamed()).as(typed).isFalse();
        }
        assertThat(reader.read("qui paye le coordo cls montlucon").intent()).extracting(Intent::name)
                .isEqualTo("funding");
        assertThat(reader.read("qui est le coordinateur du CLS de Montluçon ?").filters().personNamed()).isTrue();
    }

    @Test
    void nbAndNombreAloneAskACount() {
        for (String typed : List.of("nb communes cls plaine limagne", "nbre de communes cls montlucon",
                "cls montlucon nombre communes")) {
            Question question = reader.read(typed);

            assertThat(question.type().name()).as(typed).isEqualTo("count");
            assertThat(question.filters().counted()).as(typed).isEqualTo("communes");
        }
    }

    @Test
    void theComplementOfAKnownListCountedSaysWhichListNotWhatItsItemsAreAbout() {
        Question qualified = reader.read("combien d'axes d'intervention dans le CLS de Montluçon ?");
        Question plain = reader.read("combien d'actions de prévention dans le CLS de Montluçon ?");

        assertThat(qualified.concepts()).filteredOn(c -> c.label().contains("intervention")).singleElement()
                .matches(Concept::weak);
        assertThat(plain.concepts()).filteredOn(c -> c.label().contains("prévention")).singleElement()
                .matches(c -> !c.weak());
    }

    @Test
    void theObjectiveOfTheContractInTheSingularIsNoListOfAxes() {
        for (String typed : List.of("objectif du CLS de Montluçon ?", "cls plaine limagne objectif",
                "quel est le but du CLS de Montluçon ?")) {
            Question question = reader.read(typed);

            assertThat(question.intent()).as(typed).isNull();
            assertThat(question.concepts()).as(typed).isNotEmpty().allMatch(c -> !c.weak());
        }
        assertThat(reader.read("quels sont les objectifs du CLS de Montluçon ?").intent()).extracting(Intent::name)
                .isEqualTo("axes");
    }

    @Test
    void quoiAfterAVerbAsksWhatAndIsNoWordToLookFor() {
        Question question = reader.read("le cls de montlucon vise quoi");

        assertThat(question.type().name()).isEqualTo("description");
        assertThat(question.concepts()).extracting(Concept::label).containsExactly("vise");
    }

    @Test
    void searchEngineOperatorsAreNoWordsOfTheQuestion() {
        assertThat(reader.read("axes AND (montlucon OR plaine) NOT budget").concepts()).extracting(c -> c.label())
                .doesNotContain("AND", "OR", "NOT");
    }

    @Test
    void whereAContractStandsAsksWhatItIsAtNotWhere() {
        assertThat(reader.read("où en est le CLS de Plaine Limagne ?").type().name()).isEqualTo("description");
        assertThat(reader.read("où a été signé le CLS de Plaine Limagne ?").type().name()).isEqualTo("place");
    }

    @Test
    void whatIsSetAsideBeforeACommaDoesNotSayWhatIsAsked() {
        Question question = reader.read("En plus des axes, quels facteurs le CLS de Plaine Limagne prend en compte ?");

        assertThat(question.intent()).isNull();
        assertThat(question.concepts()).extracting(c -> c.label().toLowerCase()).contains("facteurs");
    }

    @Test
    void whatIsSetAsideIsNoWordToLookFor() {
        Question question = reader.read("les autres signataires du CLS de Montluçon, à part l'ARS et la préfecture ?");

        assertThat(question.concepts()).extracting(c -> c.label()).doesNotContain("l'ARS", "ARS", "préfecture");
        assertThat(question.concepts()).filteredOn(c -> c.label().equals("autres")).allMatch(c -> c.weak());
    }

    @Test
    void aComcomAskedForIsAnIntercommunalityNotTheContractsOwnKind() {
        assertThat(reader.read("quelles comcom sont dans le CLS de Montluçon").filters().families())
                .containsExactly("intercommunalite");
        assertThat(reader.read("le cls de la comcom de montlucon est signé ?").filters().families()).isEmpty();
    }

    @Test
    void readsTheTerritoryDespiteTyposAndMissingAccents() {
        Question question = reader.read("axs du cls montlucn");
        assertThat(question.territories()).extracting(m -> m.contract().id()).containsExactly("montlucon");
        assertThat(question.intent().name()).isEqualTo("axes");
    }

    @Test
    void readsATownOfFourLettersAfterAPrepositionAsThePlaceOfItsContract() throws Exception {
        try (FixtureReader riom = FixtureReader.of("acronym")) {
            // "riom" is also a word of the contract's page, which alone would not make it a place.
            assertThat(riom.reader().read("axes du cls de riom").territories()).extracting(m -> m.contract().id())
                    .containsExactly("val-fleuri");
        }
    }

    @Test
    void anApostropheBeforeAConsonantIsPartOfAName() throws Exception {
        try (FixtureReader mbatsara = FixtureReader.of("apostrophe")) {
            // French elides before a vowel only: "M'batsara" is the name the page writes "Mbatsara".
            assertThat(mbatsara.reader().read("Qui sont les signataires du CLS de M'batsara ?").territories())
                    .extracting(m -> m.contract().id()).containsExactly("mbatsara");
        }
    }

    @Test
    void thePluralOfAWordOfTheSourcesIsNoTypo() throws Exception {
        try (FixtureReader mbatsara = FixtureReader.of("apostrophe")) {
            // The page writes "Phase 1" and "phares", never "phases": the plural is no misspelling of "phares".
            assertThat(mbatsara.reader().read("combien de phases a mbatsara").filters().counted())
                    .isEqualTo("phases");
        }
    }

    @Test
    void theWholeNameOfATownWhoseContractIsNamedByItsFirstWordIsTheTerritorysName() throws Exception {
        try (FixtureReader romans = FixtureReader.of("short-town")) {
            Question question = romans.reader().read("CLS Romans-sur-Isère durée ?");

            assertThat(question.territories()).extracting(m -> m.contract().id()).containsExactly("romans");
            assertThat(question.concepts()).extracting(Concept::label).doesNotContain("Isère", "sur");
        }
    }

    /** A reader over a fixture knowledge base of its own, with the index it reads from. */
    private record FixtureReader(EvidenceIndex index, QuestionReader reader) implements AutoCloseable {
        static FixtureReader of(String fixture) {
            KnowledgeBase base = Fixtures.load(java.nio.file.Path.of("src", "test", "resources", "fixtures", fixture));
            EvidenceIndex index = EvidenceIndex.build(base, EngineVocabulary.bundled().analysis(), List.of());
            return new FixtureReader(index, readerOver(base, index));
        }

        private static QuestionReader readerOver(KnowledgeBase base, EvidenceIndex index) {
            EngineVocabulary vocabulary = EngineVocabulary.bundled();
            TerritoryScope scope = new TerritoryScope(new ContractTerritories(base, Gazetteer.bundled()),
                    vocabulary.analysis(), index);
            return new QuestionReader(vocabulary, index, new TerritoryMatcher(base, index, vocabulary.analysis(),
                    Set.of()), scope, new IntentClassifier(vocabulary.intents(), vocabulary.analysis()),
                    new EntityRecognizer());
        }

        @Override
        public void close() throws Exception {
            index.close();
        }
    }

    @Test
    void theExactDateAsksForTheDay() {
        assertThat(reader.read("Quelle est la date exacte de signature du CLS de Plaine Limagne ?").filters()
                .dayWanted()).isTrue();
        assertThat(reader.read("Quand a été signé le CLS de Plaine Limagne ?").filters().dayWanted()).isFalse();
        assertThat(reader.read("Quelle est la date exacte de signature du CLS de Plaine Limagne ?").filters()
                .weekdayEnough()).isFalse();
        assertThat(reader.read("Quel jour a été signé le CLS de Plaine Limagne ?").filters().weekdayEnough()).isTrue();
        Question exact = reader.read("cls plaine limagne c quoi la date exacte de la signature");
        assertThat(exact.type().name()).isEqualTo("date");
        assertThat(exact.filters().dayWanted()).isTrue();
    }

    @Test
    void aDateAskedByNameIsTold() {
        assertThat(reader.read("Quelle est la date de signature du CLS de Plaine Limagne ?").filters().dateNamed())
                .isTrue();
        assertThat(reader.read("le cls de plaine limagne a ete valide quand").filters().dateNamed()).isFalse();
    }

    @Test
    void quiAfterTheContractsNounJoinsAClauseAndAsksNoOne() {
        assertThat(reader.read("cls qui parlent de sante mentale").types()).extracting(AnswerType::name)
                .doesNotContain("agent");
        assertThat(reader.read("qui a signé le cls de plaine limagne").types()).extracting(AnswerType::name)
                .contains("agent");
    }

    @Test
    void oneThingAskedInTheSingularIsNotTheWholeList() {
        assertThat(reader.read("Quel est l'objectif du CLS de Plaine Limagne ?").filters().oneAsked()).isTrue();
        assertThat(reader.read("cls plaine limagne enjeu principal").filters().oneAsked()).isTrue();
        assertThat(reader.read("cls plaine limagne la prévention c'est quel axe").filters().oneAsked()).isTrue();
        assertThat(reader.read("Quels sont les objectifs du CLS de Plaine Limagne ?").filters().oneAsked()).isFalse();
        assertThat(reader.read("Quelles sont les priorités principales à Plaine Limagne ?").filters().oneAsked())
                .isFalse();
    }

    @Test
    void jusquaQuandWithItsApostropheAsksForAnEnd() {
        assertThat(reader.read("Jusqu'à quand dure la consultation du CLS de Plaine Limagne ?").filters().endAsked())
                .isTrue();
        assertThat(reader.read("jusqu’en quelle année court le CLS de Plaine Limagne").filters().endAsked()).isTrue();
        assertThat(reader.read("Quand a été signé le CLS de Plaine Limagne ?").filters().endAsked()).isFalse();
    }

    @Test
    void readsTheAnswerTypeFromTheQuestionWords() {
        assertThat(reader.read("Quand a été signé le CLS de Plaine Limagne ?").type().name()).isEqualTo("date");
        assertThat(reader.read("Où a été signé le CLS de Plaine Limagne ?").type().name()).isEqualTo("place");
        assertThat(reader.read("date du contrat local de santé de plaine limagne").type().name()).isEqualTo("date");
        assertThat(reader.read("le financement dure combien de temps ?").type().name()).isEqualTo("duration");
        assertThat(reader.read("l'ARS met combien d'argent ?").type().name()).isEqualTo("amount");
        // "qui" after a noun is a relative pronoun; the word before it says what is asked.
        assertThat(reader.read("plaine limagne pourcentage qui veulent etre informes").type().name())
                .isEqualTo("percent");
        // A name asked is a person's only when a person is named.
        assertThat(reader.read("Comment s'appelle le dispositif qui renouvelle le CLS de Plaine Limagne ?").type()
                .name()).isNotEqualTo("person");
        assertThat(reader.read("Comment s'appelle la coordinatrice du CLS de Plaine Limagne ?").type().name())
                .isEqualTo("person");
        assertThat(reader.read("Quel est le nom du maire qui a signé à Plaine Limagne ?").type().name())
                .isEqualTo("person");
        assertThat(reader.read("Quelle représentante de la préfecture était à la signature du CLS de Plaine "
                + "Limagne ?").type().name()).isEqualTo("person");
        // Typed on a phone: no apostrophe, no accent, abbreviated.
        assertThat(reader.read("cls plaine limagne jusqu a quand").type().name()).isEqualTo("period");
        assertThat(reader.read("cls plaine limagne signé qd").type().name()).isEqualTo("date");
        assertThat(reader.read("cls plaine limagne signature ou").type().name()).isEqualTo("place");
        assertThat(reader.read("cls plaine limagne ou montlucon").type().name()).isNotEqualTo("place");
        // "part des" asks a share only where it starts the question; "de la part de" says on whose behalf.
        assertThat(reader.read("part des moins de 30 ans plaine limagne").type().name()).isEqualTo("percent");
        assertThat(reader.read("qui est venu de la part de l'ARS à Plaine Limagne ?").type().name())
                .isNotEqualTo("percent");
        // A percent sign with no figure before it is the word.
        assertThat(reader.read("plaine limagne quel % des habitants sans medecin").type().name())
                .isEqualTo("percent");
        assertThat(reader.read("plaine limagne combien de %").type().name()).isEqualTo("percent");
    }

    @Test
    void toWhomAsksForAPublicAndToWhomToWriteForAContact() {
        assertThat(reader.read("L'enquête du CLS de Plaine Limagne s'adresse à qui ?").type().name())
                .isEqualTo("audience");
        assertThat(reader.read("à qui s'adresser pour le CLS de Plaine Limagne ?").type().name())
                .isEqualTo("contact");
    }

    @Test
    void whetherTheContractIsSignedYetAsksWhereItStands() {
        assertThat(reader.read("le cls de plaine limagne est il deja signe ?").type().name()).isEqualTo("status");
        assertThat(reader.read("Quand le CLS de Plaine Limagne a-t-il été signé ?").type().name()).isEqualTo("date");
    }

    @Test
    void aYesNoQuestionThatStatesADurationAsksTheDuration() {
        Question question = reader.read("est ce que le cls de plaine limagne est signé pour 5 ans ?");

        assertThat(question.type().name()).isEqualTo("duration");
        assertThat(question.yesNo()).isFalse();
        assertThat(question.concepts()).extracting(c -> c.label().toLowerCase()).doesNotContain("5", "ans");
    }

    @Test
    void readsSinceWhenAsAskingForADateThatStartsSomething() {
        Question question = reader.read("Depuis quelle année le projet de CLS de Plaine Limagne était-il en préparation ?");

        assertThat(question.type().name()).isEqualTo("date");
        assertThat(question.filters().sinceAsked()).isTrue();
        assertThat(question.concepts()).extracting(c -> c.label().toLowerCase()).doesNotContain("depuis");
    }

    @Test
    void aQuestionWordMistypedByOneLetterIsStillRead() {
        assertThat(reader.read("cls montlucon conbien de signataires").type().name()).isEqualTo("count");
        assertThat(reader.read("pourqoui le cls de plaine limagne").type().name()).isEqualTo("reason");
        assertThat(Typo.oneEditApart("conbien", "combien")).isTrue();
        assertThat(Typo.oneEditApart("pourqoui", "pourquoi")).isTrue();
        assertThat(Typo.oneEditApart("combats", "combien")).isFalse();
    }

    @Test
    void aQuestionWordShortenedAsOnAPhoneIsWrittenOut() {
        Question since = reader.read("depuis cbien de temps montlucon a un cls");
        assertThat(since.type().name()).isEqualTo("since");
        assertThat(since.concepts()).extracting(c -> c.label().toLowerCase()).doesNotContain("cbien");
        assertThat(reader.read("cb de signataires cls montlucon").type().name()).isEqualTo("count");
        assertThat(reader.read("qd a ete signe le cls de plaine limagne").type().name()).isEqualTo("date");
    }

    @Test
    void readsFromWhenAsSinceWhenAndComComAsTheKindOfTheTerritory() {
        Question question = reader.read("la com com de plaine limagne a démarré le cls à partir de quand ?");

        assertThat(question.filters().sinceAsked()).isTrue();
        assertThat(question.concepts()).extracting(c -> c.label().toLowerCase()).doesNotContain("com");
    }

    @Test
    void aRoleAfterWhatIsPaidForItIsNoPersonAsked() {
        Question question = reader.read("la moitié du financement du coordo à Montluçon, c'est qui qui la paie ?");

        assertThat(question.filters().roles()).isEmpty();
        assertThat(reader.read("c'est pour combien de temps le CLS montlucon").intent().name()).isEqualTo("period");
    }

    @Test
    void aRoleNamingTheMembersOfAMeetingIsNoPersonAsked() {
        Question question = reader.read("Qui organisait le sommet des maires auquel Montluçon a participé ?");

        assertThat(question.filters().roles()).isEmpty();
        assertThat(reader.read("Qui est le maire de Montluçon ?").filters().roles()).containsExactly("maire");
    }

    @Test
    void readsTheNumberAfterClsAsTheContractsRankNotAFigureToFind() {
        Question question = reader.read("montlucon cls 2 signature date");

        assertThat(question.filters().ordinal()).isEqualTo(2);
        assertThat(question.concepts()).noneMatch(c -> c.number());
    }

    @Test
    void readsAQuestionWordBeforeARoleOfTwoWordsAsAskingForAPerson() {
        assertThat(reader.read("Quel sous-préfet était présent à la signature du CLS de Plaine Limagne ?").type()
                .name()).isEqualTo("person");
    }

    @Test
    void theEndOfAPeriodOutranksALongerDateCue() {
        assertThat(reader.read("le cls de montlucon se termine en quelle année").type().name())
                .isEqualTo("period");
        assertThat(reader.read("date de fin du cls plaine limagne").intent().name()).isEqualTo("period");
    }

    @Test
    void aYesNoQuestionIsReadAsSuch() {
        assertThat(reader.read("le préfet a-t-il signé ?").yesNo()).isTrue();
        assertThat(reader.read("qui a signé ?").yesNo()).isFalse();
        assertThat(reader.read("La MSA a signé le CLS de Plaine Limagne ?").yesNo()).isTrue();
        // "a signé" after "quel" and a role or an organisation asks which one, not whether.
        Question which = reader.read("Quel préfet a signé le CLS de Plaine Limagne ?");
        assertThat(which.yesNo()).isFalse();
        assertThat(which.type().name()).isEqualTo("person");
        assertThat(reader.read("Quelle CPTS a signé le CLS de Plaine Limagne ?").yesNo()).isFalse();
        // No answer type knows « consensus »: « quel » alone says which one is asked.
        assertThat(reader.read("Montluçon a signé quel consensus en même temps que son CLS ?").yesNo()).isFalse();
    }

    @Test
    void anOrdinalRightBeforeAListsNounRanksAnItemNotTheContract() {
        Question axis = reader.read("premier axe cls montlucon");
        Question orientation = reader.read("premiere orientation cls montlucon");

        assertThat(axis.filters().item()).isEqualTo(1);
        assertThat(axis.filters().ordinal()).isNull();
        assertThat(orientation.intent().name()).isEqualTo("axes");
        assertThat(orientation.filters().item()).isEqualTo(1);
        assertThat(reader.read("premier cls montlucon").filters().ordinal()).isEqualTo(1);
    }

    @Test
    void theJointContractIsTheContractAsked() {
        Question question = reader.read("le cls commun de montlucon dure combien de temps");

        assertThat(question.concepts()).extracting(c -> c.label().toLowerCase()).doesNotContain("commun");
        assertThat(question.intent().name()).isEqualTo("period");
    }

    @Test
    void theWordsOfAnIdiomAskNothing() {
        Question question = reader.read("Montluçon a signé quel consensus en même temps que son CLS ?");

        assertThat(question.intent() == null || !question.intent().name().equals("period")).isTrue();
        assertThat(question.concepts()).extracting(c -> c.label().toLowerCase()).contains("consensus")
                .doesNotContain("temps");
    }

    @Test
    void aidAskedAboutAContractIsNotARequestForHelp() {
        assertThat(reader.read("aide").intent().name()).isEqualTo("help");
        Question question = reader.read("le cls de montlucon aide t il l installation des medecins ?");
        assertThat(question.intent() == null || !question.intent().name().equals("help")).isTrue();
    }

    @Test
    void quelleBeforeAnOrganisationAsksForTheOrganisationNotAPerson() {
        assertThat(reader.read("Quelle CPTS est associée au CLS de Montluçon ?").filters().organisationAsked())
                .isTrue();
        assertThat(reader.read("Qui a signé pour la CPTS à Montluçon ?").filters().organisationAsked()).isFalse();
    }

    @Test
    void aFragmentThatStartsWithARoleAsksForAPerson() {
        assertThat(reader.read("maire de montlucon cls").type().name()).isEqualTo("person");
        assertThat(reader.read("la coordinatrice cls montlucon").type().name()).isEqualTo("person");
    }

    @Test
    void aListNounNumberedByItsLabelAsksForThatItem() {
        assertThat(reader.read("Quel est l'axe 2 du CLS de Montluçon ?").filters().item()).isEqualTo(2);
        assertThat(reader.read("la priorité n°3 du CLS de Montluçon").filters().item()).isEqualTo(3);
        assertThat(reader.read("axes du cls de montlucon 2025").filters().item()).isNull();
    }

    @Test
    void wordsAndCommunesOfTheTerritoryTypedBesideItsNameAreNoConcepts() {
        assertThat(reader.read("indice du diagnostic cls montlucon s/s communaute").concepts())
                .extracting(Concept::label).containsExactly("indice", "diagnostic");
        assertThat(reader.read("signataires du cls de Montluçon Domérat").concepts())
                .extracting(Concept::label).containsExactly("signataires");
    }

    @Test
    void theContractsOtherNamesAreNoConcepts() {
        assertThat(reader.read("Qui a signé le contrat territorial de santé de Montluçon ?").concepts())
                .extracting(Concept::label).containsExactly("signé");
    }

    @Test
    void organisationsSetAsideDoNotNarrowTheAnswer() {
        assertThat(reader.read("Qui a signé le CLS de Montluçon, à part l'ARS ?").filters().families()).isEmpty();
        assertThat(reader.read("Avec qui Montluçon a signé son CLS en plus de l'ARS ?").filters().families())
                .isEmpty();
        assertThat(reader.read("Qui a signé pour l'ARS à Montluçon ?").filters().families()).isNotEmpty();
    }

    @Test
    void intercommunalitiesAskedForAreAFilterAndNoFundingIsReadInFontPartie() {
        Question asked = reader.read("Quelles communautés de communes font partie du CLS de Montluçon ?");
        Question members = reader.read("Quelles intercommunalités font partie du CLS de Montluçon ?");

        assertThat(asked.filters().families()).containsExactly("intercommunalite");
        assertThat(members.intent() == null ? null : members.intent().name()).isNotEqualTo("funding");
        assertThat(reader.read("Qui a signé le CLS de la communauté de communes Plaine Limagne ?").filters()
                .families()).isEmpty();
    }

    @Test
    void whatStartsWithTheContractIsNoQuestionOfWhoSigned() {
        Question question = reader.read("Qu'est-ce qui démarre dès 2025 avec le CLS de Montluçon ?");

        assertThat(question.intent() == null ? null : question.intent().name()).isNotEqualTo("signatories");
    }

    @Test
    void aRoleOfTwoWordsIsAskedAsOneAndTheWordThatQualifiesItIsNoSecondRole() {
        Question question = reader.read("Qui est le conseiller municipal délégué à la santé à Montluçon ?");

        assertThat(question.type().name()).isEqualTo("person");
        assertThat(question.filters().roles()).containsExactly("conseiller");
    }

    @Test
    void aDelegateNamedInAFragmentAsksForThatPerson() {
        Question question = reader.read("delegue territorial ars present a la signature cls montlucon");

        assertThat(question.type().name()).isEqualTo("person");
        assertThat(question.filters().roles()).containsExactly("directeur");
    }

    @Test
    void whoRepresentedAnOrganisationTypedInLowerCaseAsksForAPersonOfIt() {
        Question question = reader.read("qui representait la prefecture a la signature du cls de montlucon");

        assertThat(question.type().name()).isEqualTo("person");
        assertThat(question.filters().families()).containsExactly("etat");
        assertThat(reader.read("qui representait l'ars a montlucon").filters().families()).containsExactly("ars");
    }

    @Test
    void aCommuneTypedAfterItsContractIsSettledByItEvenWhenOthersShareItsName() {
        Question question = reader.read("cls plaine limagne aigueperse axes");

        assertThat(question.concepts()).extracting(Concept::label).containsExactly("axes");
        assertThat(question.territories()).extracting(m -> m.contract().id()).containsExactly("plaine-limagne");
    }

    @Test
    void aCommuneOfAContractIsReadInLowerCase() {
        assertThat(reader.read("contact presse domerat").territories()).extracting(m -> m.contract().id())
                .containsExactly("montlucon");
        assertThat(reader.read("contact presse aigueperse 63").territories()).extracting(m -> m.contract().id())
                .containsExactly("plaine-limagne");
    }

    @Test
    void plaineOrientaleIsNotPlaineLimagne() {
        assertThat(reader.read("Qui a signé le CLS de la plaine orientale ?").territories()).isEmpty();
        assertThat(reader.read("Qui a signé le CLS de Plaine Limagne ?").territories())
                .extracting(m -> m.contract().id()).containsExactly("plaine-limagne");
    }

    @Test
    void aCapitalisedUnknownPlaceIsKeptToSayItIsNotKnown() {
        // Not a commune either (a commune is read by the gazetteer: "Vichy" gets "no CLS known for Vichy").
        assertThat(reader.read("Quel est le budget du CLS de Zorglubie ?").unknownPlaces())
                .containsExactly("Zorglubie");
    }

    @Test
    void aThreeLetterWordIsNotCorrectedIntoAnotherWord() {
        assertThat(reader.read("*:* AND contrat").concepts()).extracting(concept -> concept.words())
                .noneMatch(words -> words.contains("ans"));
    }

    @Test
    void theIntercommunalContractsAcronymNamesTheContractNotASubject() {
        assertThat(reader.read("Quand le CLSi de Montluçon a-t-il été signé ?").concepts())
                .extracting(c -> c.label().toLowerCase()).containsExactly("signé");
    }
}
