package io.comptoir.note;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.botfolder.Bots;
import io.comptoir.cli.TestCommand;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.EndReason;
import io.comptoir.engine.TurnResult;
import io.comptoir.engine.UserTurn;
import io.comptoir.scenario.ScenarioResult;
import io.comptoir.wire.ComptoirEngines;
import io.comptoir.wire.NoteJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The note as a salesperson reads it: question and option labels, values in the bot's language, no raw id.
 * Golden Markdown notes: regenerate with {@code mvn test -Dtest=NoteForPeopleTest -Dgolden.update=true}, review.
 */
class NoteForPeopleTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/notes");
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    static final List<String> EXAMPLES = List.of("agence-web", "boutique-velo", "helpdesk-saas");
    /** Indicator, status, owner and flag values as the note's ids hold them: English words a French note never shows. */
    static final List<String> ENGLISH_VALUES = List.of("high", "medium", "low", "unknown", "yes", "no", "none",
            "proposed", "accepted", "declined", "booking", "callback", "purchase", "sales", "hesitant", "changed_mind",
            "out_of_scope", "human_requested", "unqualified", "price", "timing");

    @Test
    void the_agency_note_reads_in_french_with_the_bots_labels() throws Exception {
        CrmNote n = play("agence-web", "Bonjour, je voudrais une boutique en ligne pour vendre mes céramiques, autour de 8 000 €",
                "pour fin janvier", "on est 3", "oui c'est moi qui décide", "marie.dupont@exemple.fr", "Marie Dupont");
        String md = NoteMarkdown.render(n);
        assertThat(md).startsWith("# Marie Dupont — Boutique en ligne\n")
                .contains("- **Projet** : Boutique en ligne", "- **Décideur** : oui", "- **Budget** : 8 000 €",
                        "- **Échéance** : 31 janvier 2027", "Rendez-vous — accepté");
        golden("agence-web.md", md);
    }

    @Test
    void the_bike_shop_note_names_the_options_not_their_ids() throws Exception {
        CrmNote n = play("boutique-velo", "je cherche un vélo pour aller au travail en ville", "oui électrique",
                "2500 € max", "dans un mois", "paul@exemple.fr");
        String md = NoteMarkdown.render(n);
        assertThat(md).contains("- **Usage** : Trajets en ville", "- **Assistance électrique** : Avec assistance électrique");
        golden("boutique-velo.md", md);
    }

    @Test
    void the_helpdesk_note_reads_in_english() throws Exception {
        CrmNote n = play("helpdesk-saas", "I can't find my invoice for last month", "it's billing", "not urgent",
                "no that did not help", "jane@example.com");
        String md = NoteMarkdown.render(n);
        assertThat(md).contains("- **Area**: Billing & invoices");
        golden("helpdesk-saas.md", md);
    }

    @Test
    void an_email_given_after_a_booking_offer_makes_the_booking_accepted_and_the_next_action_the_invitation() {
        CrmNote n = play("agence-web", "Je veux une boutique en ligne, 8000 €", "fin janvier", "on est 4", "oui",
                "marie@exemple.fr"); // the client leaves when the name is asked
        assertThat(n.cta().type()).isEqualTo("booking");
        assertThat(n.cta().status()).isEqualTo("accepted");
        assertThat(n.cta().details()).containsEntry("email", "marie@exemple.fr");
        assertThat(n.nextAction().action()).isEqualTo("Envoyer l'invitation au rendez-vous à marie@exemple.fr et préparer l'échange");
        assertThat(n.summary()).endsWith("Suite : rendez-vous accepté.");
        assertThat(NoteMarkdown.render(n)).contains("Rendez-vous — accepté").doesNotContain("sans réponse");
        assertThat(NoteJson.toJson(n).path("cta").path("status_label").asText()).isEqualTo("accepté");
    }

    @Test
    void no_note_text_a_person_reads_holds_a_raw_option_id_or_an_english_value_in_a_french_bot() {
        int checked = 0;
        for (String bot : EXAMPLES) {
            BotDefinition def = Bots.load(bot);
            for (ScenarioResult r : TestCommand.runBot("examples/" + bot)) {
                for (String text : readable(r.note())) {
                    String plain = withoutClientWords(def, r.note(), text);
                    for (Question q : def.questions()) {
                        for (Question.ChoiceOption o : q.options()) {
                            assertThat(word(o.id()).matcher(plain).find())
                                    .as("%s / %s: option id '%s' in: %s", bot, r.scenario().name(), o.id(), text).isFalse();
                        }
                    }
                    if (def.language().code().equals("fr")) {
                        for (String v : ENGLISH_VALUES) {
                            assertThat(word(v).matcher(plain).find())
                                    .as("%s / %s: English '%s' in: %s", bot, r.scenario().name(), v, text).isFalse();
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    /** The Markdown note and the JSON's human-facing fields. */
    static List<String> readable(CrmNote n) {
        String md = NoteMarkdown.render(n);
        // the last line is the conversation's reference, an id on purpose (to find the conversation again)
        return List.of(md.substring(0, md.lastIndexOf("\n\n")), n.summary(), n.nextAction().action());
    }

    /**
     * The text less what the client wrote (« quotes », the need, the answers typed in their words, their
     * contact) and less the option labels: a label may hold its id as a word ("Site vitrine" for vitrine).
     */
    static String withoutClientWords(BotDefinition bot, CrmNote n, String text) {
        String s = text.replaceAll("«[^»]*»", "").replaceAll("\"[^\"]*\"", "");
        List<String> remove = new ArrayList<>();
        if (n.need() != null) remove.add(n.need());
        n.answers().forEach(a -> remove.add(a.value().quote()));
        remove.add(n.contact().email());
        remove.add(n.contact().name());
        n.recommendation().forEach(r -> remove.add(r.reason()));
        for (Question q : bot.questions()) q.options().forEach(o -> remove.add(o.label()));
        for (String r : remove) if (r != null && !r.isBlank()) s = s.replaceAll("(?iu)" + Pattern.quote(r), "");
        return s;
    }

    static Pattern word(String w) { return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}_])"); }

    static CrmNote play(String bot, String... messages) {
        BotDefinition def = Bots.load(bot);
        ConversationEngine engine = ComptoirEngines.create(def);
        TurnResult r = engine.start("c-" + bot, T0);
        Instant at = T0;
        for (String m : messages) {
            at = at.plusSeconds(60);
            r = engine.handle(r.state(), new UserTurn(m, at));
        }
        ConversationState s = r.state();
        if (!s.ended()) s = engine.close(s, EndReason.ABANDONED, s.lastAt().plusSeconds(60)).state();
        return CrmNotes.of(def, s);
    }

    static void golden(String name, String actual) throws Exception {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
