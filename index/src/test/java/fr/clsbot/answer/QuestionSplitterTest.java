package fr.clsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionSplitterTest {
    @Test
    void splitsWhereEtOpensASecondQuestionWord() {
        assertThat(QuestionSplitter.split("cls fleury signé quand et où")).containsExactly("cls fleury signé quand",
                "où");
        assertThat(QuestionSplitter.split("Combien de partenaires ont signé le CLS de Lormes, et pour quelle période ?"))
                .containsExactly("Combien de partenaires ont signé le CLS de Lormes", "pour quelle période ?");
    }

    @Test
    void splitsAtAQuestionMarkOrACommaBeforeASecondQuestion() {
        assertThat(QuestionSplitter.split("c'est le combientième CLS de Lormes ? les précédents dataient de quand ?"))
                .containsExactly("c'est le combientième CLS de Lormes", "les précédents dataient de quand ?");
        assertThat(QuestionSplitter.split("Le CLS de Lormes dure combien de temps, jusqu'à quand ?"))
                .containsExactly("Le CLS de Lormes dure combien de temps", "jusqu'à quand ?");
        assertThat(QuestionSplitter.split("Le diagnostic, qui a duré un an, a été mené où ?")).hasSize(1);
        assertThat(QuestionSplitter.split("Selon la page de Lormes, quel territoire a le premier CLS ?")).hasSize(1);
    }

    @Test
    void leavesOneQuestionWhole() {
        assertThat(QuestionSplitter.split("Quels sont les axes et les actions du CLS de Lormes ?")).hasSize(1);
        assertThat(QuestionSplitter.split("Combien de communes et d'habitants à Lormes ?")).hasSize(1);
        assertThat(QuestionSplitter.split("quand et où")).hasSize(1);
    }

    @Test
    void aBareQuestionWordTakesTheSubjectOfTheOther() {
        assertThat(QuestionSplitter.bare("où ?")).isTrue();
        assertThat(QuestionSplitter.bare("pour quelle période ?")).isFalse();
        assertThat(QuestionSplitter.subjectOf("cls fleury signé quand")).isEqualTo("cls fleury signé");
    }
}
