package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadingArticleTest {
    @Test
    void dropsTheArticleANameBeginsWith() {
        assertThat(LeadingArticle.strip("La Réunion")).isEqualTo("Réunion");
        assertThat(LeadingArticle.strip("Les Mureaux")).isEqualTo("Mureaux");
        assertThat(LeadingArticle.strip("L'Isle-Jourdain")).isEqualTo("Isle-Jourdain");
        assertThat(LeadingArticle.strip("L’Haÿ-les-Roses")).isEqualTo("Haÿ-les-Roses");
    }

    @Test
    void keepsANameThatOnlyStartsLikeAnArticle() {
        assertThat(LeadingArticle.strip("Lacq-Orthez")).isEqualTo("Lacq-Orthez");
        assertThat(LeadingArticle.strip("Lesneven")).isEqualTo("Lesneven");
        assertThat(LeadingArticle.strip("Lens")).isEqualTo("Lens");
    }
}
