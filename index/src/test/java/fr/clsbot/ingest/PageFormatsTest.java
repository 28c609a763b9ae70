package fr.clsbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.clsbot.ingest.PageFiles.Block;
import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.Glossary;
import fr.clsbot.knowledge.SourceLine;
import fr.clsbot.knowledge.SourceStructure;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same page saved as HTML, DOCX and PDF reads as the same structure and gives the same facts. */
class PageFormatsTest {
    static final List<Block> PAGE = List.of(
            Block.heading("Le Contrat Local de Santé du Val d'Arzon est signé"),
            Block.paragraph("Le Contrat Local de Santé (CLS) 2025-2029 de la communauté de communes du Val d'Arzon "
                    + "a été signé le 4 mars 2025 par la communauté de communes du Val d'Arzon, l'ARS Bretagne et "
                    + "la CPAM du Morbihan."),
            Block.heading("Quatre axes de travail"),
            Block.paragraph("Le contrat s'organise autour de quatre axes :"),
            Block.bullets("Accès aux soins : accueil des internes et maison de santé.",
                    "Santé mentale : premiers secours en santé mentale.",
                    "Prévention : dépistage des cancers et vaccination.",
                    "Santé environnement : qualité de l'air intérieur."),
            Block.heading("Calendrier"),
            Block.numbered("Diagnostic partagé avec 240 habitants en 2024.",
                    "Signature du contrat le 4 mars 2025.",
                    "Premier bilan à mi-parcours en 2027."),
            Block.paragraph("L'ARS Bretagne finance la coordination à hauteur de 30 000 € par an."));

    @TempDir
    Path temp;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void htmlDocxAndPdfOfOnePageReadAsTheSameStructure() throws Exception {
        String html = reader.read(PageFiles.html(temp.resolve("page.html"), PAGE));
        String docx = reader.read(PageFiles.docx(temp.resolve("page.docx"), PAGE));
        String pdf = reader.read(PageFiles.pdf(temp.resolve("page.pdf"), PAGE));

        assertThat(html).contains("## Quatre axes de travail\n", "\n- Santé mentale : premiers secours en santé "
                + "mentale.\n- Prévention", "\n2. Signature du contrat le 4 mars 2025.\n").doesNotContain("Accueil");
        assertThat(docx).isEqualTo(html);
        assertThat(units(pdf)).isEqualTo(units(html));
    }

    @Test
    void htmlDocxAndPdfOfOnePageGiveTheSameFacts() throws Exception {
        ContractExtractor extractor = new ContractExtractor(Glossary.empty());
        List<Contract> drafts = new java.util.ArrayList<>();
        for (Path file : List.of(PageFiles.html(temp.resolve("page.html"), PAGE),
                PageFiles.docx(temp.resolve("page.docx"), PAGE), PageFiles.pdf(temp.resolve("page.pdf"), PAGE))) {
            drafts.add(extractor.extract(reader.read(file), "sources/page.txt", "Page", "page"));
        }

        assertThat(drafts.get(0).territoryName()).isEqualTo("Val d'Arzon");
        assertThat(drafts.get(0).signing().date()).isEqualTo("4 mars 2025");
        assertThat(drafts.get(0).figures()).isNotEmpty();
        assertThat(drafts.get(1)).isEqualTo(drafts.get(0));
        assertThat(drafts.get(2)).isEqualTo(drafts.get(0));
    }

    @Test
    void tablesOfHtmlAndDocxBecomeTheSameRows() throws Exception {
        List<Block> page = List.of(Block.heading("Financement"),
                Block.table("Financeur | Montant", "ARS Bretagne | 30 000 €",
                        "Communauté de communes | 12 000 €"));

        String html = reader.read(PageFiles.html(temp.resolve("t.html"), page));
        String docx = reader.read(PageFiles.docx(temp.resolve("t.docx"), page));

        assertThat(html).isEqualTo("## Financement\n\n| Financeur | Montant |\n| ARS Bretagne | 30 000 € |\n"
                + "| Communauté de communes | 12 000 € |\n");
        assertThat(docx).isEqualTo(html);
        assertThat(SourceStructure.read(html)).extracting(SourceLine::text)
                .contains("ARS Bretagne ; 30 000 €");
    }

    private static List<String> units(String text) {
        return SourceStructure.read(text).stream()
                .map(u -> u.role() + "|" + u.text() + "|" + u.heading() + "|" + u.list()).toList();
    }
}
