package io.comptoir.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.note.CrmNote;
import io.comptoir.note.CrmNotes;
import io.comptoir.note.NoteMarkdown;
import io.comptoir.wire.NoteJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Notes of scripted conversations compared with golden files. After an intended change, regenerate with
 * {@code mvn test -Dtest=NoteGoldenTest -Dgolden.update=true} and review the diff.
 */
class NoteGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void a_vague_client_who_changes_their_mind_twice_leaves_a_complete_note() throws Exception {
        CrmNote note = note("bof je sais pas", "une boutique en ligne", "peut-être 5000 €", "finalement plutôt 8000 €",
                "fin mars", "12 personnes", "en fait non, plutôt un site vitrine", "oui c'est moi qui décide",
                "jean@exemple.fr");
        assertThat(note.flags()).contains("hesitant", "changed_mind");
        assertThat(note.changes()).extracting(Change::field).containsExactly("budget", "need");
        golden("vague-client.json", NoteJson.toPrettyString(note));
    }

    @Test
    void an_ideal_client_books_an_appointment() throws Exception {
        CrmNote note = note("Bonjour, je veux une boutique en ligne, 8000 €, c'est urgent, dans 2 semaines, on est 12 personnes",
                "oui c'est moi qui décide", "marie.durand@exemple.fr");
        assertThat(note.qualification().status()).isEqualTo("sql");
        assertThat(note.cta().status()).isEqualTo("accepted");
        golden("ideal-client.json", NoteJson.toPrettyString(note));
    }

    @Test
    void the_markdown_note_names_every_section_for_people() {
        String md = NoteMarkdown.render(note("une boutique en ligne", "8000 € mais c'est trop cher", "au revoir"));
        assertThat(md).contains("## Résumé", "## Indicateurs", "- **Objections** : prix — « 8000 € mais c'est trop cher »",
                "## Prochaine action");
    }

    private static CrmNote note(String... messages) {
        List<TurnResult> t = Fakes.play(Fakes.engine(), messages);
        ConversationState last = t.get(t.size() - 1).state();
        if (!last.ended()) last = Fakes.engine().close(last, EndReason.ABANDONED, last.lastAt().plusSeconds(60)).state();
        return CrmNotes.of(Fakes.agence(), last);
    }

    private static void golden(String name, String actual) throws Exception {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual + "\n").isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
