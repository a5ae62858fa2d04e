package io.comptoir.botfolder;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.CatalogSchema.Column;
import io.comptoir.bot.CatalogSchema.ColumnType;
import io.comptoir.bot.FaqEntry;
import io.comptoir.understanding.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeParsersTest {
    static final CatalogSchema SCHEMA = new CatalogSchema(List.of(
            new Column("id", ColumnType.TEXT, List.of()),
            new Column("name", ColumnType.TEXT, List.of()),
            new Column("category", ColumnType.CHOICE, List.of("ville", "cargo", "pliant")),
            new Column("electric", ColumnType.BOOLEAN, List.of()),
            new Column("price", ColumnType.MONEY, List.of()),
            new Column("stock", ColumnType.INTEGER, List.of())));

    final List<Problem> problems = new ArrayList<>();

    @Test
    void reads_questions_alternatives_tags_link_and_answer() {
        String md = """
                # FAQ de l'agence

                ## Combien coûte un site vitrine ?
                Id: prix-vitrine
                Aussi :
                - Quel est le prix d'un site vitrine ?
                - Tarif pour un petit site
                Tags : prix, tarif, vitrine
                Lien : https://pixel.example/tarifs

                Un site vitrine démarre à 2 500 € HT.

                Le design sur mesure est compris.
                ## Quels délais ?
                Comptez 4 à 6 semaines.
                """;
        List<FaqEntry> faq = FaqMarkdownParser.parse("faq.md", md, Language.FR, problems);
        assertThat(problems).isEmpty();
        assertThat(faq).hasSize(2);
        FaqEntry first = faq.get(0);
        assertThat(first.id()).isEqualTo("prix-vitrine");
        assertThat(first.alternatives()).containsExactly("Quel est le prix d'un site vitrine ?", "Tarif pour un petit site");
        assertThat(first.tags()).containsExactly("prix", "tarif", "vitrine");
        assertThat(first.link()).isEqualTo("https://pixel.example/tarifs");
        assertThat(first.answer()).startsWith("Un site vitrine démarre").endsWith("est compris.");
        assertThat(faq.get(1).id()).isEqualTo("quels-delais");
    }

    @Test
    void an_entry_without_answer_and_a_duplicated_id_name_their_lines() {
        String md = "## Première ?\nId: a\n\n## Deuxième ?\nId: b\nRéponse.\n\n## Troisième ?\nId: b\nAutre.\n";
        List<FaqEntry> faq = FaqMarkdownParser.parse("faq.md", md, Language.FR, problems);
        assertThat(faq).extracting(FaqEntry::id).containsExactly("b");
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "faq.md:1: the question 'Première ?' has no answer; write the answer below the heading (and its metadata lines), before the next '##'",
                "faq.md:8: id 'b' is already used at line 4; give this entry another 'Id:' line");
    }

    @Test
    void an_empty_faq_is_an_author_error() {
        assertThat(FaqMarkdownParser.parse("faq.md", "  \n", Language.EN, problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("faq.md");
            assertThat(p.message()).contains("no question found");
        });
    }

    @Test
    void reads_a_typed_catalog() {
        String csv = "id,name,category,electric,price,stock\n"
                + "v1,Urbain 3,ville,non,\"1 299,90\",4\n"
                + "v2,\"Cargo, long\",cargo,true,4990,\n";
        List<CatalogItem> items = CatalogCsvParser.parse("catalog.csv", csv, SCHEMA, problems);
        assertThat(problems).isEmpty();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).money("price")).contains(new BigDecimal("1299.90"));
        assertThat(items.get(0).bool("electric")).contains(false);
        assertThat(items.get(0).attributes().get("stock")).isEqualTo(4L);
        assertThat(items.get(1).name()).isEqualTo("Cargo, long");
        assertThat(items.get(1).attributes()).doesNotContainKey("stock");
    }

    @Test
    void catalog_errors_name_the_line_and_the_fix() {
        String csv = "id,name,category,electric,price,stock\n"
                + "v1,Urbain,ville,non,abc,4\n"
                + "v2,Bmx,bmx,non,300,1\n"
                + "v3,Cassé,ville,non\n"
                + "v4,Ok,ville,oui,900,2\n"
                + "v4,Encore,ville,oui,900,2\n";
        List<CatalogItem> items = CatalogCsvParser.parse("catalog.csv", csv, SCHEMA, problems);
        assertThat(items).extracting(CatalogItem::id).containsExactly("v4");
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "catalog.csv:2: price 'abc' is not a number; write it like 1299, 1299.90 or 1 299,90",
                "catalog.csv:3: category 'bmx' is not one of ville, cargo, pliant; use one of them or add it to the values of 'category' in bot.yaml catalog.columns",
                "catalog.csv:4: this row has 4 values but the header has 6 columns; check for a missing or extra comma (put values that contain a comma in double quotes)",
                "catalog.csv:6: id 'v4' is already used at line 5; give each item its own id");
    }

    @Test
    void an_undeclared_column_is_an_error_on_the_header_line() {
        String csv = "id,name,category,electric,price,stock,colour\nv1,A,ville,non,100,1,red\n";
        assertThat(CatalogCsvParser.parse("catalog.csv", csv, SCHEMA, problems)).isEmpty();
        assertThat(problems).singleElement().hasToString(
                "catalog.csv:1: column 'colour' is not declared in bot.yaml catalog.columns; declare it (for example 'colour: text') or remove it from the header");
    }

    @Test
    void reads_synonym_groups_and_rejects_single_terms() {
        String txt = "# groupes\nsite vitrine, site web, site internet\n\nprix\ntarif,coût\n";
        List<List<String>> groups = SynonymsParser.parse("synonyms.txt", txt, problems);
        assertThat(groups).containsExactly(List.of("site vitrine", "site web", "site internet"), List.of("tarif", "coût"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void windows_line_endings_and_a_byte_order_mark_are_read_like_any_file() {
        String md = "\uFEFF## Question ?\r\nTags: a, b\r\n\r\nRéponse.\r\n";
        assertThat(FaqMarkdownParser.parse("faq.md", md, Language.FR, problems))
                .singleElement().satisfies(e -> {
                    assertThat(e.tags()).containsExactly("a", "b");
                    assertThat(e.answer()).isEqualTo("Réponse.");
                });
        String csv = "\uFEFFid,name,category,electric,price,stock\r\nv1,A,ville,oui,100,1\r\n";
        assertThat(CatalogCsvParser.parse("catalog.csv", csv, SCHEMA, problems)).hasSize(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_quoted_value_may_span_lines_and_later_rows_keep_their_line_numbers() {
        String csv = "id,name,category,electric,price,stock\n"
                + "v1,\"Nom\nsur deux lignes\",ville,non,100,1\n"
                + "v2,B,ville,non,cent,1\n";
        assertThat(CatalogCsvParser.parse("catalog.csv", csv, SCHEMA, problems)).hasSize(1);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
    }

    @Test
    void metadata_lines_after_the_answer_started_are_answer_text() {
        String md = "## Q ?\nLa réponse.\nTags: ceci fait partie de la réponse\n";
        FaqEntry e = FaqMarkdownParser.parse("faq.md", md, Language.FR, problems).get(0);
        assertThat(e.tags()).isEmpty();
        assertThat(e.answer()).contains("Tags: ceci fait partie");
    }
}
