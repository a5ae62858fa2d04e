package io.comptoir.server;

import io.comptoir.ComptoirException;
import io.comptoir.engine.BotMessage;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.Outcome;
import io.comptoir.engine.TurnResult;
import io.comptoir.engine.UserTurn;
import io.comptoir.store.ConversationRecord;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.ConversationUpdate;
import io.comptoir.store.NoteFields;
import io.comptoir.store.TurnLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs conversations durably: each turn is computed by the bot's deterministic engine from the stored state and
 * committed (client message, replies, events, note) before the reply is returned. State comes from a per-version
 * cache or, after a restart or another process's write, from replaying the stored client messages.
 */
public final class ConversationService {
    private static final int MAX_ATTEMPTS = 10;

    private final BotRegistry bots;
    private final ConversationStore store;
    private final Clock clock;
    private final StateCache cache = new StateCache(100_000);

    public ConversationService(BotRegistry bots, ConversationStore store, Clock clock) {
        this.bots = bots;
        this.store = store;
        this.clock = clock;
    }

    public BotRegistry bots() { return bots; }

    public ConversationStore store() { return store; }

    /** Starts a conversation with a bot; {@code externalKey} (may be null) identifies it for another channel. */
    public Opened open(String botId, String channel, String externalKey) {
        ServedBot bot = bots.get(botId);
        Inputs.externalKey(externalKey);
        String id = Tokens.conversationId();
        String token = Tokens.random(24);
        Instant now = now();
        TurnResult r = bot.engine().start(id, now);
        NoteFields note = note(bot, r.state());
        String status = status(r);
        List<TurnLine> lines = botLines(r.messages(), now);
        var row = new ConversationRecord(id, botId, Tokens.hash(token), externalKey, channel, status,
                r.state().stage().wireName(), 1, lines.size(), r.events().size(), now, now, note.qualification(),
                note.email(), note.phone(), null, null, note.json());
        store.create(row, lines, r.events());
        cache.put(id, 1, r.state(), row);
        return new Opened(id, token, reply(id, r));
    }

    /** Handles one client message; retries on fresh data when another process wrote this conversation meanwhile. */
    public Reply post(String conversationId, String text) {
        return post(forTurn(conversationId), text);
    }

    /**
     * The conversation's row for handling a turn (no note JSON): on an embedded database, which no other process
     * writes, the row this process wrote last, so a turn reads nothing back; otherwise read from the database.
     * Either way a stale row could only fail the write's version check, which then retries on a fresh read.
     */
    public ConversationRecord forTurn(String conversationId) {
        ConversationRecord known = store.singleProcess() ? cache.row(conversationId) : null;
        return known != null ? known : find(conversationId);
    }

    /** As {@link #post(String, String)}, starting from a row the caller has just read (saves one query). */
    public Reply post(ConversationRecord fresh, String text) {
        return post(fresh, text, null);
    }

    /**
     * As {@link #post(ConversationRecord, String)}; a message with a {@code clientMessageId} already stored for this
     * conversation (a retry after a lost reply) gets the reply stored then, and no second turn is played.
     */
    public Reply post(ConversationRecord fresh, String rawText, String clientMessageId) {
        String conversationId = fresh.id();
        String text = Inputs.clean(rawText);
        String messageId = Inputs.clientMessageId(clientMessageId);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ConversationRecord row = attempt == 0 ? fresh : find(conversationId);
            if (messageId != null) {
                Optional<List<TurnLine>> answered = store.answerTo(conversationId, messageId);
                if (answered.isPresent()) return stored(row, answered.get());
            }
            if (row.ended()) throw new ServerErrors.Conflict("this conversation has ended; start a new one");
            Reply r = write(row, text, null, messageId);
            if (r != null) return r;
            backOff(attempt);
        }
        throw new ServerErrors.Conflict("the conversation is busy; please retry");
    }

    /**
     * One client message on exactly this version of the row, moving its external key in the same write (a
     * history-keyed channel). Empty when another writer got there first: the caller decides again on fresh data,
     * since the message may no longer follow what is stored.
     */
    public Optional<Reply> postAt(ConversationRecord row, String text, String externalKey) {
        return Optional.ofNullable(write(row, Inputs.clean(text), externalKey, null));
    }

    private Reply write(ConversationRecord row, String text, String externalKey, String messageId) {
        ServedBot bot = bots.get(row.botId());
        Instant now = now();
        TurnResult r = bot.engine().handle(state(row), new UserTurn(text, now));
        List<TurnLine> lines = new ArrayList<>();
        lines.add(TurnLine.client(text, now, messageId));
        lines.addAll(botLines(r.messages(), now));
        var update = new ConversationUpdate(r.state().stage().wireName(), status(r), lines, r.events(),
                note(bot, r.state()), externalKey, null, null, now);
        if (!store.update(row, update)) return null;
        cache.put(row.id(), row.version() + 1, r.state(), row.afterWrite(update));
        return reply(row.id(), r);
    }

    /** A conversation opened with its whole history at once; {@code welcome} is the opening of the stored part. */
    public record Replayed(String conversationId, Reply welcome, Reply last, int clientMessages) {}

    /**
     * Opens a conversation and plays {@code texts} through the engine, stored in one write (a channel that sends
     * the whole history each time, such as the OpenAI API). A client who goes on after the conversation ended
     * starts a new one: only that last part is stored. Empty when {@code externalKey} was taken meanwhile.
     */
    public Optional<Replayed> openReplayed(String botId, String channel, String externalKey, List<String> texts) {
        ServedBot bot = bots.get(botId);
        String id = Tokens.conversationId();
        Instant now = now();
        TurnResult opening = bot.engine().start(id, now);
        TurnResult r = opening;
        List<TurnLine> lines = new ArrayList<>(botLines(opening.messages(), now));
        List<ConversationEvent> events = new ArrayList<>(opening.events());
        int clients = 0;
        for (String raw : texts) {
            String text = Inputs.clean(raw); // NUL and lone surrogates never reach the store
            if (r.state().ended()) {
                opening = r = bot.engine().start(id, now);
                lines = new ArrayList<>(botLines(opening.messages(), now));
                events = new ArrayList<>(opening.events());
                clients = 0;
            }
            r = bot.engine().handle(r.state(), new UserTurn(text, now));
            lines.add(TurnLine.client(text, now));
            lines.addAll(botLines(r.messages(), now));
            events.addAll(r.events());
            clients++;
        }
        NoteFields note = note(bot, r.state());
        var row = new ConversationRecord(id, botId, Tokens.hash(Tokens.random(24)), externalKey, channel, status(r),
                r.state().stage().wireName(), 1, lines.size(), events.size(), now, now, note.qualification(),
                note.email(), note.phone(), null, null, note.json());
        try {
            store.create(row, lines, events);
        } catch (RuntimeException e) {
            if (externalKey != null && store.findByExternalKey(externalKey).isPresent()) return Optional.empty();
            throw e;
        }
        cache.put(id, 1, r.state(), row);
        return Optional.of(new Replayed(id, reply(id, opening), reply(id, r), clients));
    }

    /** Ends a conversation (inactivity, end of input) so that its note is final; an ended one is left as is. */
    public Reply close(String conversationId, io.comptoir.engine.EndReason reason) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ConversationRecord row = find(conversationId);
            ServedBot bot = bots.get(row.botId());
            ConversationState current = state(row);
            if (row.ended()) return new Reply(conversationId, List.of(), row.stage(), true, current);
            Instant now = now();
            TurnResult r = bot.engine().close(current, reason, now);
            var update = new ConversationUpdate(r.state().stage().wireName(), ConversationRecord.ENDED,
                    botLines(r.messages(), now), r.events(), note(bot, r.state()), null, null, null, now);
            if (store.update(row, update)) {
                cache.put(conversationId, row.version() + 1, r.state());
                return new Reply(conversationId, r.messages(), r.state().stage().wireName(), true, r.state());
            }
            backOff(attempt);
        }
        throw new ServerErrors.Conflict("the conversation is busy; please retry");
    }

    /**
     * Records a 1-5 satisfaction rating (an event, for CSAT) with an optional comment. A conversation is rated once,
     * after it ended (when the widget asks for the rating): the first rating counts, a second one is a 409.
     */
    public void rate(String conversationId, int score, String comment) {
        if (score < 1 || score > 5) throw new ComptoirException.InvalidInput("score must be an integer from 1 to 5");
        appendEvent(conversationId, new ConversationEvent.Csat(now(), score), score, Inputs.clean(comment), row -> {
            if (!row.ended()) throw new ServerErrors.Conflict("a conversation can be rated once it has ended");
            if (row.csat() != null) throw new ServerErrors.Conflict("this conversation has already been rated");
        });
    }

    /** Records a purchase posted by the shop for a conversation (0 to a billion, at a time not ahead of now). */
    public void purchase(String conversationId, BigDecimal amount, String currency, Instant at) {
        Inputs.amount(amount);
        Instant when = at == null ? now() : Inputs.eventTime(at, now());
        appendEvent(conversationId, new ConversationEvent.Purchase(when, amount, currency), null, null, row -> { });
    }

    /** Sets or moves the external key (e.g. an Open WebUI chat id or a history hash) of a conversation. */
    public void rekey(String conversationId, String externalKey) {
        Inputs.externalKey(externalKey);
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ConversationRecord row = find(conversationId);
            var u = new ConversationUpdate(row.stage(), row.status(), List.of(), List.of(), null, externalKey,
                    null, null, now());
            if (store.update(row, u)) {
                ConversationState s = cache.get(conversationId, row.version());
                if (s != null) cache.put(conversationId, row.version() + 1, s);
                return;
            }
        }
        throw new ServerErrors.Conflict("the conversation is busy; please retry");
    }

    /** The current state, rebuilt if needed. */
    public ConversationState state(ConversationRecord row) {
        ConversationState s = cache.get(row.id(), row.version());
        if (s != null) return s;
        ServedBot bot = bots.get(row.botId());
        s = bot.engine().replay(row.id(), row.startedAt(), store.clientTurns(row.id()));
        if (row.ended() && !s.ended()) s = replayClose(bot, row, s);
        cache.put(row.id(), row.version(), s);
        return s;
    }

    /** A conversation closed without a client message (inactivity, end of input): close the replayed state alike. */
    private ConversationState replayClose(ServedBot bot, ConversationRecord row, ConversationState s) {
        io.comptoir.engine.EndReason reason = io.comptoir.engine.EndReason.COMPLETED;
        Instant at = row.updatedAt();
        for (ConversationEvent e : store.events(row.id())) {
            if (e instanceof ConversationEvent.ConversationEnded ended) {
                reason = ended.reason();
                at = ended.at();
            }
        }
        return bot.engine().close(s, reason, at).state();
    }

    public ConversationRecord find(String conversationId) {
        // An id no conversation can have (too long, a NUL) is not sent to the store: PostgreSQL refuses a NUL.
        boolean possible = conversationId.length() <= 64 && Inputs.clean(conversationId).equals(conversationId);
        return (possible ? store.find(conversationId) : Optional.<ConversationRecord>empty()).orElseThrow(
                () -> new ComptoirException.NotFound("no conversation '" + conversationId + "'"));
    }

    /** The note's Markdown, rendered from the current state (null when the bot is no longer served). */
    public String noteMarkdown(ConversationRecord row) {
        if (!bots.has(row.botId())) return null;
        return bots.get(row.botId()).notes().markdown(state(row));
    }

    /** The conversation with this external key; none for a key that could not have been stored. */
    public Optional<ConversationRecord> findByExternalKey(String key) {
        if (key == null || key.length() > Inputs.MAX_EXTERNAL_KEY || !Inputs.clean(key).equals(key))
            return Optional.empty();
        return store.findByExternalKey(key);
    }

    /** Erases one conversation (transcript, note, contact data). */
    public boolean erase(String conversationId) {
        cache.remove(conversationId);
        return store.erase(conversationId);
    }

    private void appendEvent(String conversationId, ConversationEvent event, Integer csat, String comment,
                             java.util.function.Consumer<ConversationRecord> precondition) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            ConversationRecord row = find(conversationId);
            precondition.accept(row);
            if (store.update(row, ConversationUpdate.eventsOnly(row, List.of(event), csat, comment, now()))) {
                ConversationState s = cache.get(conversationId, row.version());
                if (s != null) cache.put(conversationId, row.version() + 1, s);
                return;
            }
            backOff(attempt);
        }
        throw new ServerErrors.Conflict("the conversation is busy; please retry");
    }

    private static NoteFields note(ServedBot bot, ConversationState state) {
        return bot.notes().fields(state);
    }

    private static String status(TurnResult r) {
        return r.state().ended() || r.outcome() instanceof Outcome.Ended ? ConversationRecord.ENDED
                : ConversationRecord.ACTIVE;
    }

    private static List<TurnLine> botLines(List<BotMessage> messages, Instant at) {
        return messages.stream().map(m -> new TurnLine(TurnLine.Role.BOT, m.text(), m.buttons(), at)).toList();
    }

    /** The reply stored for a message sent again: its bot lines then, the conversation as it is now. */
    private Reply stored(ConversationRecord row, List<TurnLine> answer) {
        List<BotMessage> messages = answer.stream().map(l -> new BotMessage(l.text(), l.buttons())).toList();
        return new Reply(row.id(), messages, row.stage(), row.ended(), state(row));
    }

    private static Reply reply(String id, TurnResult r) {
        return new Reply(id, r.messages(), r.state().stage().wireName(),
                r.state().ended() || r.outcome() instanceof Outcome.Ended, r.state());
    }

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MILLIS); }

    private static void backOff(int attempt) {
        if (attempt < 2) return;
        try {
            Thread.sleep(Math.min(20, attempt * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
