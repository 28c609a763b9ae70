package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void spellsOutLigaturesAndDropsAccents() {
        assertThat(Slug.of("Cœur de Loire")).isEqualTo("coeur-de-loire");
        assertThat(Slug.of("ŒUVRE Æsope")).isEqualTo("oeuvre-aesope");
        assertThat(Slug.of("Straße")).isEqualTo("strasse");
        assertThat(Slug.of("Montluçon Communauté")).isEqualTo("montlucon-communaute");
        assertThat(Slug.of("Grand Saint-Dizier, Der & Vallées")).isEqualTo("grand-saint-dizier-der-vallees");
    }

    @Test
    void neverGivesAnEmptyOrOverlongId() {
        assertThat(Slug.of("« … »")).isEqualTo("document");
        assertThat(Slug.of("a ".repeat(100))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
    }
}
