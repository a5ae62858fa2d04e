package io.comptoir.store.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.comptoir.bot.CtaType;
import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.EndReason;
import io.comptoir.kpi.Counts;
import io.comptoir.kpi.FunnelSteps;
import io.comptoir.kpi.Script;
import io.comptoir.store.EventAppendListener.Append;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RollupEqualityTest {
    static final Function<String, FunnelSteps> STEPS = bot -> new FunnelSteps(List.of("need", "budget", "deadline"));

    static List<TestDatabases.Db> databases() { return TestDatabases.all(); }

    record Turn(String conversationId, String botId, int firstSeq, List<ConversationEvent> events) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void incremental_rollups_equal_a_full_recomputation_from_raw_events(TestDatabases.Db db) {
        check(db, false);
    }

    /** Group commit: counters summed over batches of turns, with a write rolled back to its savepoint in each. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void counters_summed_per_group_commit_equal_a_full_recomputation(TestDatabases.Db db) {
        check(db, true);
    }

    /**
     * As the store's group commit does: each write says its conversation version, so tallies come from memory
     * between turns; one write per batch is rolled back, every third batch fails before its commit, and two
     * servers (two caches) take turns, so each sometimes finds a conversation moved on by the other.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tallies_kept_in_memory_between_group_commits_equal_a_full_recomputation(TestDatabases.Db db) {
        check(db, null);
    }

    private void check(TestDatabases.Db db, Boolean batched) {
        Random random = new Random(42);
        List<Turn> turns = new ArrayList<>();
        Map<String, String> qualifications = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            String id = String.format("conv-%04d", i);
            String bot = i % 3 == 0 ? "helpdesk" : "agence";
            List<ConversationEvent> events = randomConversation(random).events();
            for (int k = 0, seq = 0; k < events.size(); ) {
                int n = Math.min(events.size() - k, 1 + random.nextInt(3));
                turns.add(new Turn(id, bot, seq, events.subList(k, k + n)));
                k += n;
                seq += n;
            }
            if (random.nextInt(3) > 0) qualifications.put(id, List.of("sql", "mql", "unqualified").get(random.nextInt(3)));
        }
        turns.sort(Comparator.comparing((Turn t) -> t.events().get(0).at()).thenComparing(Turn::conversationId));
        KpiRollups rollups = new KpiRollups(STEPS);

        try (Handle handle = db.jdbi().open()) {
            if (batched == null) appendWithVersions(handle, List.of(rollups, new KpiRollups(STEPS)), turns);
            else if (batched) appendInBatches(handle, rollups, turns);
            else for (Turn t : turns) handle.useTransaction(h -> {
                append(h, t);
                rollups.onEvents(h, t.conversationId(), t.botId(), t.events());
            });
            // The note's qualification status is fed as it changes: first a provisional one, then the final one.
            qualifications.forEach((id, status) -> handle.useTransaction(h -> {
                String bot = Integer.parseInt(id.substring(5)) % 3 == 0 ? "helpdesk" : "agence";
                rollups.onQualification(h, id, bot, "mql", java.time.Instant.parse("2026-12-31T00:00:00Z"));
                rollups.onQualification(h, id, bot, status, java.time.Instant.parse("2026-12-31T00:00:00Z"));
            }));
        }

        Map<String, Map<LocalDate, Counts>> expected = db.jdbi().withHandle(h ->
                RawEventRecomputation.run(h, STEPS, io.comptoir.kpi.Recontacts.DEFAULT_WINDOW, qualifications));
        JdbiRollupSource source = new JdbiRollupSource(db.jdbi());
        assertThat(expected.keySet()).containsExactlyInAnyOrder("helpdesk", "agence");
        for (String bot : expected.keySet()) {
            Map<LocalDate, Counts> actual = source.daily(bot, LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"));
            assertThat(actual.keySet()).as(bot).isEqualTo(expected.get(bot).keySet());
            for (LocalDate d : actual.keySet()) {
                assertThat(actual.get(d).asMap()).as(bot + " " + d).containsExactlyInAnyOrderEntriesOf(expected.get(bot).get(d).asMap());
            }
        }
        assertThat(expected.get("agence").values().stream().mapToLong(c -> c.get(io.comptoir.kpi.Metric.RECONTACT_GAP, "0")
                + c.total(io.comptoir.kpi.Metric.RECONTACT_GAP)).sum()).isPositive();
    }

    /** As GroupCommit does: one transaction per 16 turns, a savepoint each, one dropped write per batch. */
    private static void appendInBatches(Handle handle, KpiRollups rollups, List<Turn> turns) {
        for (int from = 0; from < turns.size(); from += 16) {
            List<Turn> batch = turns.subList(from, Math.min(turns.size(), from + 16));
            handle.useTransaction(h -> {
                rollups.deferDaily(h);
                try {
                    for (Turn t : batch) {
                        h.savepoint("dropped");
                        Turn ghost = new Turn("ghost-" + t.conversationId(), t.botId(), 0, t.events());
                        append(h, ghost);
                        rollups.onEvents(h, ghost.conversationId(), ghost.botId(), ghost.events());
                        h.rollbackToSavepoint("dropped");
                        rollups.settleDeferred(h, false);
                        h.savepoint("kept");
                        append(h, t);
                        rollups.onEvents(h, t.conversationId(), t.botId(), t.events());
                        h.releaseSavepoint("kept");
                        rollups.settleDeferred(h, true);
                    }
                    rollups.flushDeferred(h);
                } finally {
                    rollups.endDeferred(h);
                }
            });
        }
    }

    private static void appendWithVersions(Handle h, List<KpiRollups> servers, List<Turn> turns) {
        Map<String, Integer> versions = new HashMap<>();
        int batchNo = 0;
        for (int from = 0; from < turns.size(); ) {
            int to = Math.min(turns.size(), from + 3); // small batches: a conversation spans several
            List<Turn> batch = turns.subList(from, to);
            boolean fail = batchNo++ % 3 == 2;
            KpiRollups rollups = servers.get(Math.floorMod(Integer.rotateLeft(from * 0x9E3779B9, 7), 2));
            h.begin();
            rollups.deferDaily(h);
            try {
                for (Turn t : batch) {
                    h.savepoint("dropped");
                    append(h, new Turn("ghost-" + t.conversationId(), t.botId(), 0, t.events()));
                    rollups.onAppend(h, new Append(t.botId(), "ghost-" + t.conversationId(), 0, t.events(), null));
                    h.rollbackToSavepoint("dropped");
                    rollups.settleDeferred(h, false);
                    append(h, t);
                    int version = versions.getOrDefault(t.conversationId(), 0);
                    rollups.onAppend(h, new Append(t.botId(), t.conversationId(), version, t.events(), null));
                    rollups.settleDeferred(h, true);
                    if (!fail) versions.put(t.conversationId(), version + 1);
                }
                rollups.flushDeferred(h);
                if (fail) {
                    h.rollback(); // e.g. the commit failed: nothing of the batch may stay cached
                } else {
                    h.commit();
                    rollups.committedDeferred(h);
                    from = to;
                }
            } finally {
                rollups.endDeferred(h);
            }
        }
    }

    static void append(Handle h, Turn t) {
        for (int i = 0; i < t.events().size(); i++) {
            ConversationEvent e = t.events().get(i);
            h.createUpdate("INSERT INTO conversation_events (conversation_id, bot_id, seq, type, at, payload)"
                            + " VALUES (:c, :b, :s, :t, :at, :p)")
                    .bind("c", t.conversationId()).bind("b", t.botId()).bind("s", t.firstSeq() + i).bind("t", e.type())
                    .bind("at", OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC)).bind("p", io.comptoir.store.EventJson.payload(e)).execute();
        }
    }

    /** A conversation of a random shape over 20 days, with a small pool of emails so clients come back. */
    static Script randomConversation(Random r) {
        String start = java.time.Instant.parse("2026-11-01T08:00:00Z").plusSeconds(r.nextInt(20 * 86400)).toString();
        Script s = Script.startingAt(start).asked("need");
        String email = "client" + r.nextInt(40) + "@example.org";
        switch (r.nextInt(6)) {
            case 0 -> s.ended(EndReason.TIMEOUT);
            case 1 -> s.filled("need").asked("budget").clarified("budget").ended(EndReason.ABANDONED);
            case 2 -> s.human().proposed(CtaType.CALLBACK).accepted(CtaType.CALLBACK, r.nextBoolean() ? email : null)
                    .csat(1 + r.nextInt(5)).ended(EndReason.HANDOFF);
            case 3 -> s.filled("need", "budget", "deadline").answered().proposed(CtaType.PURCHASE)
                    .accepted(CtaType.PURCHASE, email).purchase(r.nextInt(5000) + ".50").csat(4).ended(EndReason.COMPLETED);
            case 4 -> s.filled("need").asked("budget").filled("budget").outOfScope().asked("deadline").filled("deadline")
                    .answered().proposed(CtaType.BOOKING).declined(CtaType.BOOKING).ended(EndReason.COMPLETED);
            default -> s.filled("need").answered().accepted(CtaType.NONE, email).csat(5).ended(EndReason.COMPLETED);
        }
        return s;
    }
}
