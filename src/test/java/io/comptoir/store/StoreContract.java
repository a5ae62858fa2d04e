package io.comptoir.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.Stage;
import io.comptoir.server.ConversationService;
import io.comptoir.server.FakeBots;
import io.comptoir.server.Opened;
import io.comptoir.server.Reply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's contract, run against H2 and PostgreSQL by the subclasses. */
abstract class StoreContract {
    TestDatabases.Handle handle;
    ConversationStore store;
    ConversationService service;

    abstract TestDatabases.Handle open();

    @BeforeEach
    void setUp() {
        handle = open();
        store = new ConversationStore(handle.db().jdbi());
        service = new ConversationService(FakeBots.registry(), store, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        handle.close();
    }

    @Test
    void a_turn_is_stored_with_the_client_message_the_replies_the_events_and_the_note() {
        Opened o = service.open("agence-web", "widget", null);
        service.post(o.conversationId(), "Une boutique en ligne");

        List<TurnLine> lines = store.lines(o.conversationId());
        assertThat(lines).extracting(TurnLine::role).containsExactly(TurnLine.Role.BOT, TurnLine.Role.BOT,
                TurnLine.Role.CLIENT, TurnLine.Role.BOT);
        assertThat(lines.get(1).buttons()).containsExactly("Site vitrine", "Boutique en ligne");
        assertThat(lines.get(2).text()).isEqualTo("Une boutique en ligne");
        assertThat(store.events(o.conversationId())).extracting(ConversationEvent::type)
                .containsExactly("conversation_started", "stage_entered", "question_asked", "slot_filled", "question_asked");
        ConversationRecord row = store.find(o.conversationId()).orElseThrow();
        assertThat(row.version()).isEqualTo(2);
        assertThat(row.noteJson()).contains("Une boutique en ligne");
        assertThat(row.stage()).isEqualTo("intake");
    }

    @Test
    void a_write_at_a_stale_version_is_refused_and_writes_nothing() {
        Opened o = service.open("agence-web", "widget", null);
        ConversationRecord stale = store.find(o.conversationId()).orElseThrow();
        service.post(o.conversationId(), "Un site vitrine");

        boolean written = store.update(stale, new ConversationUpdate("intake", "active",
                List.of(TurnLine.client("perdu", java.time.Instant.now())), List.of(), null, null, null, null,
                java.time.Instant.now()));

        assertThat(written).isFalse();
        assertThat(store.lines(o.conversationId())).extracting(TurnLine::text).doesNotContain("perdu");
    }

    @Test
    void a_row_after_a_write_is_computed_exactly_as_the_database_stores_it() {
        Opened o = service.open("agence-web", "widget", null);
        service.post(o.conversationId(), "Un site vitrine");
        ConversationRecord before = store.find(o.conversationId()).orElseThrow();
        var note = new NoteFields("{}", "mql", "jean@exemple.fr", null);
        var update = new ConversationUpdate("cta", "active", List.of(TurnLine.client("jean@exemple.fr",
                java.time.Instant.parse("2026-11-25T10:00:00Z"))), List.of(), note, "owui:x", 4, "bien",
                java.time.Instant.parse("2026-11-25T10:00:00Z"));

        assertThat(store.update(before, update)).isTrue();

        assertThat(store.find(o.conversationId()).orElseThrow()).usingRecursiveComparison().ignoringFields("noteJson")
                .isEqualTo(before.afterWrite(update));
    }

    @Test
    void an_event_listener_runs_inside_the_turn_transaction() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        store.addListener((h, bot, id, events) -> {
            int stored = h.createQuery("SELECT COUNT(*) FROM conversation_events WHERE conversation_id = :id")
                    .bind("id", id).mapTo(Integer.class).one();
            seen.add(bot + ":" + events.size() + ":" + stored);
            if (events.stream().anyMatch(e -> e instanceof ConversationEvent.SlotFilled))
                throw new IllegalStateException("roll-up failed");
        });
        Opened o = service.open("agence-web", "widget", null);

        assertThatThrownBy(() -> service.post(o.conversationId(), "Un site vitrine")).hasMessageContaining("roll-up");

        // A failing batch is redone write by write, so the listener may see the failing write twice, each time
        // in a transaction that is then rolled back.
        assertThat(seen.stream().distinct()).containsExactly("agence-web:3:3", "agence-web:2:5");
        assertThat(store.lines(o.conversationId())).hasSize(2);
        assertThat(store.events(o.conversationId())).hasSize(3);
    }

    @Test
    void a_second_server_rebuilds_the_state_by_replaying_the_stored_turns() {
        Opened o = service.open("agence-web", "widget", null);
        service.post(o.conversationId(), "Un site vitrine");
        service.post(o.conversationId(), "5000 euros");

        var other = new ConversationService(FakeBots.registry(), new ConversationStore(handle.db().jdbi()), Clock.systemUTC());
        Reply r = other.post(o.conversationId(), "jean@exemple.fr");

        assertThat(r.stage()).isEqualTo(Stage.CTA.wireName());
        assertThat(store.find(o.conversationId()).orElseThrow().contactEmail()).isEqualTo("jean@exemple.fr");
    }

    @Test
    void two_servers_alternating_turns_of_one_conversation_keep_every_turn_in_order() {
        var other = new ConversationService(FakeBots.registry(), new ConversationStore(handle.db().jdbi()), Clock.systemUTC());
        Opened o = service.open("agence-web", "widget", null);
        service.post(o.conversationId(), "Un site vitrine");
        other.post(o.conversationId(), "3000 euros");
        service.post(o.conversationId(), "ana@exemple.fr");
        Reply last = other.post(o.conversationId(), "Oui");

        assertThat(last.ended()).isTrue();
        assertThat(store.lines(o.conversationId())).filteredOn(l -> l.role() == TurnLine.Role.CLIENT)
                .extracting(TurnLine::text).containsExactly("Un site vitrine", "3000 euros", "ana@exemple.fr", "Oui");
        assertThat(store.find(o.conversationId()).orElseThrow().status()).isEqualTo("ended");
    }

    @Test
    void concurrent_messages_on_one_conversation_are_serialised_by_optimistic_locking() throws Exception {
        var other = new ConversationService(FakeBots.registry(), new ConversationStore(handle.db().jdbi()), Clock.systemUTC());
        Opened o = service.open("agence-web", "widget", null);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ConversationService s = i % 2 == 0 ? service : other;
                String text = "réponse " + i;
                futures.add(pool.submit(() -> s.post(o.conversationId(), text)));
            }
            for (Future<Reply> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        ConversationRecord row = store.find(o.conversationId()).orElseThrow();
        assertThat(row.version()).isEqualTo(4);
        assertThat(store.clientTurns(o.conversationId())).hasSize(3);
        assertThat(row.stage()).isEqualTo("cta");
        assertThat(store.lines(o.conversationId())).hasSize(2 + 3 * 2);
    }

    @Test
    void many_conversations_written_at_once_share_commits_and_all_land() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                ids.add(pool.submit(() -> {
                    Opened o = service.open(n % 2 == 0 ? "agence-web" : "boutique-velo", "widget", null);
                    service.post(o.conversationId(), "projet " + n);
                    service.post(o.conversationId(), n + "000 euros");
                    return o.conversationId();
                }));
            }
            for (Future<String> f : ids) {
                String id = f.get();
                assertThat(store.find(id).orElseThrow().version()).isEqualTo(3);
                assertThat(store.lines(id)).hasSize(6);
                assertThat(store.events(id)).hasSize(7);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void erasure_removes_transcript_note_and_contact_but_keeps_anonymous_events() {
        Opened o = service.open("agence-web", "widget", null);
        service.post(o.conversationId(), "Un site vitrine");
        service.post(o.conversationId(), "3000 euros");
        service.post(o.conversationId(), "ana@exemple.fr");
        service.post(o.conversationId(), "Oui");

        assertThat(store.linkedTo("ana@exemple.fr", null)).containsExactly(o.conversationId());
        assertThat(service.erase(o.conversationId())).isTrue();

        assertThat(store.find(o.conversationId())).isEmpty();
        assertThat(store.lines(o.conversationId())).isEmpty();
        List<ConversationEvent> events = store.events(o.conversationId());
        assertThat(events).extracting(ConversationEvent::type).contains("cta_accepted");
        assertThat(events).filteredOn(e -> e instanceof ConversationEvent.CtaAccepted)
                .allSatisfy(e -> assertThat(((ConversationEvent.CtaAccepted) e).details()).isEmpty());
    }

    @Test
    void the_list_filters_by_bot_status_qualification_and_search() {
        Opened a = service.open("agence-web", "widget", null);
        for (String t : List.of("Boutique de thé", "3000", "ana@exemple.fr", "Oui")) service.post(a.conversationId(), t);
        Opened b = service.open("boutique-velo", "widget", null);
        service.post(b.conversationId(), "Un vélo cargo");

        assertThat(store.list(filter("agence-web", null, null, null))).extracting(ConversationRecord::id)
                .containsExactly(a.conversationId());
        assertThat(store.list(filter(null, "active", null, null))).extracting(ConversationRecord::id)
                .containsExactly(b.conversationId());
        assertThat(store.list(filter(null, null, "sql", null))).extracting(ConversationRecord::id)
                .containsExactly(a.conversationId());
        assertThat(store.list(filter(null, null, null, "CARGO"))).extracting(ConversationRecord::id)
                .containsExactly(b.conversationId());
    }

    @Test
    void every_event_kind_round_trips_through_the_events_table() {
        Opened o = service.open("agence-web", "widget", null);
        service.purchase(o.conversationId(), new java.math.BigDecimal("1299.90"), "EUR", null);
        service.close(o.conversationId(), io.comptoir.engine.EndReason.COMPLETED);
        service.rate(o.conversationId(), 5, "Très bien");

        List<ConversationEvent> events = store.events(o.conversationId());
        assertThat(events).last().isInstanceOf(ConversationEvent.Csat.class);
        var purchase = (ConversationEvent.Purchase) events.stream()
                .filter(e -> e instanceof ConversationEvent.Purchase).findFirst().orElseThrow();
        assertThat(purchase.amount()).isEqualByComparingTo("1299.90");
        assertThat(purchase.currency()).isEqualTo("EUR");
        assertThat(store.find(o.conversationId()).orElseThrow().csat()).isEqualTo(5);
    }

    @Test
    void a_conversation_closed_for_inactivity_stays_closed_after_a_restart() {
        Opened o = service.open("agence-web", "widget", null);
        service.post(o.conversationId(), "Un site vitrine");
        service.close(o.conversationId(), io.comptoir.engine.EndReason.TIMEOUT);

        var restarted = new ConversationService(FakeBots.registry(), new ConversationStore(handle.db().jdbi()), Clock.systemUTC());
        ConversationRecord row = restarted.find(o.conversationId());
        assertThat(row.ended()).isTrue();
        assertThat(restarted.state(row).ended()).isTrue();
        assertThat(store.events(o.conversationId())).last().isInstanceOf(ConversationEvent.ConversationEnded.class);
    }

    private static ConversationFilter filter(String bot, String status, String qual, String q) {
        return new ConversationFilter(bot, status, null, null, qual, q, 100, 0);
    }
}
