package io.comptoir.simulate;

import io.comptoir.bot.BotDefinition;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.engine.EndReason;
import io.comptoir.engine.TurnResult;
import io.comptoir.note.CrmNote;
import io.comptoir.note.CrmNotes;
import io.comptoir.note.NoteMarkdown;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.ConversationService;
import io.comptoir.server.NoteIndex;
import io.comptoir.server.NoteView;
import io.comptoir.server.Reply;
import io.comptoir.server.ServedBot;
import io.comptoir.server.Tokens;
import io.comptoir.ComptoirException;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.ConversationUpdate;
import io.comptoir.store.NoteFields;
import io.comptoir.store.TurnLine;
import io.comptoir.wire.NoteJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Sends simulated traffic through the server's own conversation service and store, exactly as live turns are
 * written (events, note, KPI roll-ups in the same transaction), with the service's clock set to simulated time.
 */
public final class ServiceTraffic implements Traffic {
    private final SimClock clock = new SimClock();
    private final ConversationService service;
    private final ConversationStore store;
    private final ServedBot bot;

    public ServiceTraffic(BotDefinition definition, ConversationEngine engine, ConversationStore store) {
        this.store = store;
        this.bot = new ServedBot(definition.id(), definition.name(), definition.language().code(), engine,
                notes(definition), List.of("*"));
        this.service = new ConversationService(new BotRegistry(List.of(bot)), store, clock);
    }

    /** The note as the server renders it (JSON for the store's indexed fields, Markdown for people). */
    public static NoteView notes(BotDefinition definition) {
        return new NoteView() {
            @Override public String json(io.comptoir.engine.ConversationState s) {
                return NoteJson.toJson(CrmNotes.of(definition, s)).toString();
            }

            @Override public String markdown(io.comptoir.engine.ConversationState s) {
                CrmNote n = CrmNotes.of(definition, s);
                return NoteMarkdown.render(n);
            }
        };
    }

    /**
     * Opens a conversation as the service does, but under a deterministic id ({@code sim-<seed>-<n>}), so the same
     * seed gives the same conversations (the engine varies its wording by conversation).
     */
    @Override
    public Reply open(String conversationId, String botId, Instant at) {
        clock.set(at);
        if (service.store().find(conversationId).isPresent()) {
            throw new ComptoirException.InvalidInput("this database already holds the simulated conversation "
                    + conversationId + ": use another --seed or another --db");
        }
        TurnResult r = bot.engine().start(conversationId, at);
        NoteFields note = bot.notes().fields(r.state());
        String status = r.state().ended() ? ConversationRecord.ENDED : ConversationRecord.ACTIVE;
        var row = new ConversationRecord(conversationId, botId, Tokens.hash(Tokens.random(24)), null, "simulate", status,
                r.state().stage().wireName(), 1, 0, 0, at, at, note.qualification(), note.email(), note.phone(), null,
                null, note.json());
        store.create(row, lines(r, at), r.events());
        return new Reply(conversationId, r.messages(), r.state().stage().wireName(), r.state().ended(), r.state());
    }

    private static List<TurnLine> lines(TurnResult r, Instant at) {
        return r.messages().stream().map(m -> new TurnLine(TurnLine.Role.BOT, m.text(), m.buttons(), at)).toList();
    }

    @Override
    public Reply post(String conversationId, String text, Instant at) {
        clock.set(at);
        return service.post(conversationId, text);
    }

    @Override
    public void close(String conversationId, EndReason reason, Instant at) {
        ConversationRecord row = service.find(conversationId);
        if (row.ended()) return;
        TurnResult r = bot.engine().close(service.state(row), reason, at);
        NoteFields note = bot.notes().fields(r.state());
        store.update(row, new ConversationUpdate(r.state().stage().wireName(), ConversationRecord.ENDED, lines(r, at),
                r.events(), note, null, null, null, at));
    }

    @Override
    public void rate(String conversationId, int score, Instant at) {
        clock.set(at);
        service.rate(conversationId, score, null);
    }

    @Override
    public void purchase(String conversationId, BigDecimal amount, String currency, Instant at) {
        clock.set(at);
        service.purchase(conversationId, amount, currency, at);
    }
}
