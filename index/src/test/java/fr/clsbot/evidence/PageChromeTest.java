package fr.clsbot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageChromeTest {
    @Test
    void theFrameOfASavedPageIsNoEvidence() {
        assertThat(PageChrome.is("Si votre navigateur ne rend pas la page correctement, lisez s'il vous plaît le "
                + "contenu de la page ci-dessous")).isTrue();
        assertThat(PageChrome.is("Embed Size (px)")).isTrue();
        assertThat(PageChrome.is("Download \"CONTRAT LOCAL DE SANTE DE LA COURNEUVE\"")).isTrue();
    }

    @Test
    void theArticlesOwnSentencesAre() {
        assertThat(PageChrome.is("Le contrat est téléchargeable sur le site de la ville.")).isFalse();
        assertThat(PageChrome.is("Vous êtes invités à la signature du CLS le 3 mars.")).isFalse();
    }
}
