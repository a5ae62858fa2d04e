package io.comptoir.scenario;

import io.comptoir.engine.ConversationEvent;
import io.comptoir.engine.Stage;
import io.comptoir.engine.TurnResult;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The KPIs a bot's scenarios predict, as if each scenario were one real conversation: a quick read of what the
 * designed flows would give, before any traffic.
 *
 * @param qualificationRate share of scenarios whose note is sql
 * @param conversion share of scenarios with an accepted call to action
 * @param outOfScopeRate share of scenarios with at least one out-of-scope message
 * @param turnsToQualify mean client turns until the answer stage (intake complete), among scenarios that got there
 */
public record ScenarioKpis(String bot, int scenarios, double qualificationRate, double conversion,
                           double outOfScopeRate, OptionalDouble turnsToQualify) {

    public static ScenarioKpis of(String bot, List<ScenarioResult> results) {
        int n = results.size();
        long sql = results.stream().filter(r -> "sql".equals(r.note().qualification().status())).count();
        long accepted = results.stream().filter(r -> "accepted".equals(r.note().cta().status())).count();
        long oos = results.stream().filter(r -> r.note().flags().contains("out_of_scope")).count();
        OptionalDouble turns = results.stream().mapToInt(ScenarioKpis::turnsToAnswer).filter(t -> t > 0).average();
        return new ScenarioKpis(bot, n, rate(sql, n), rate(accepted, n), rate(oos, n), turns);
    }

    /** The client turn in which the intake completed (answer or call-to-action stage entered), 0 if never. */
    static int turnsToAnswer(ScenarioResult r) {
        List<TurnResult> turns = r.results();
        for (int i = 1; i < turns.size(); i++) {
            for (ConversationEvent e : turns.get(i).events()) {
                if (e instanceof ConversationEvent.StageEntered s && (s.stage() == Stage.ANSWER || s.stage() == Stage.CTA)) return i;
            }
        }
        return 0;
    }

    private static double rate(long k, int n) { return n == 0 ? 0 : 100.0 * k / n; }
}
