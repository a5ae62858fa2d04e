package io.comptoir.server;

import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.ConversationState;
import io.comptoir.note.CrmNote;
import io.comptoir.note.CrmNotes;
import io.comptoir.note.NoteMarkdown;
import io.comptoir.wire.ComptoirEngines;
import io.comptoir.store.NoteFields;
import io.comptoir.wire.NoteJson;
import java.util.List;

/** Wires a loaded bot to the real engine (understanding, knowledge) and to its CRM note renderers. */
public final class RealBots {
    private RealBots() {}

    public static ServedBot assemble(BotDefinition bot, List<String> allowedOrigins) {
        return new ServedBot(bot.id(), bot.name(), bot.language().code(), ComptoirEngines.create(bot), new Notes(bot),
                allowedOrigins);
    }

    /** Loads the bundled example bots (agence-web, boutique-velo, helpdesk-saas), wired for serving. */
    public static List<ServedBot> examples() {
        return BotSources.load(null).stream().map(b -> assemble(b, List.of())).toList();
    }

    private record Notes(BotDefinition bot) implements NoteView {
        @Override
        public String json(ConversationState state) { return NoteJson.toJson(CrmNotes.of(bot, state)).toString(); }

        @Override
        public String markdown(ConversationState state) { return NoteMarkdown.render(CrmNotes.of(bot, state)); }

        // Read the indexed fields off the note itself rather than parsing its JSON back (once per served turn).
        @Override
        public NoteFields fields(ConversationState state) {
            CrmNote note = CrmNotes.of(bot, state);
            String qualification = note.qualification() == null ? null : note.qualification().status();
            String email = note.contact() == null ? null : NoteIndex.normaliseEmail(note.contact().email());
            String phone = note.contact() == null ? null : NoteIndex.normalisePhone(note.contact().phone());
            return new NoteFields(NoteJson.toJson(note).toString(), qualification, email, phone);
        }
    }
}
