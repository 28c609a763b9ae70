package fr.clsbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnLayoutTest {
    @Test
    void readsASignaturePageLaidOutInTwoColumnsOneColumnAfterTheOther() {
        String page = """
                A                        le                      ,

                La Commune de Brenneval, représentée              L’Agence Régionale de Santé,
                          par                                          représentée par
                   Monsieur Jean DUPONT,                          Monsieur Paul MARTIN,
                   Maire de Brenneval                      Directeur Général de l’Agence
                """;

        assertThat(ColumnLayout.inReadingOrder(page)).isEqualTo("""
                A                        le                      ,

                La Commune de Brenneval, représentée
                par
                Monsieur Jean DUPONT,
                Maire de Brenneval

                L’Agence Régionale de Santé,
                représentée par
                Monsieur Paul MARTIN,
                Directeur Général de l’Agence
                """);
    }

    @Test
    void aTableOfLabelsAndValuesKeepsItsRows() {
        String table = """
                Date de signature      12 mars 2024
                Durée                  cinq ans
                Axe 1                  prévention
                """;

        assertThat(ColumnLayout.inReadingOrder(table)).isEqualTo(table);
    }

    @Test
    void proseWithoutAGutterIsLeftAsItIs() {
        String prose = "Le contrat a été signé   le 12 mars.\nIl court sur cinq ans.";

        assertThat(ColumnLayout.inReadingOrder(prose)).isEqualTo(prose);
    }
}
