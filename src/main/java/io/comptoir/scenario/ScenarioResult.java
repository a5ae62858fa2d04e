package io.comptoir.scenario;

import io.comptoir.engine.TurnResult;
import io.comptoir.note.CrmNote;
import java.util.List;

/**
 * How a scenario went. {@code failure} is the first expectation that did not hold (null when it passed).
 *
 * @param results the welcome turn, every client turn and the closing turn when the scenario closes
 */
public record ScenarioResult(String bot, Scenario scenario, List<TurnResult> results, CrmNote note, Failure failure) {
    public ScenarioResult {
        results = List.copyOf(results);
    }

    public boolean passed() { return failure == null; }

    public int turns() { return scenario.turns().size(); }

    /**
     * @param turn the index in {@code results} of the turn that failed (the last one for an expectation on the note)
     * @param where e.g. "turn 3 reply_contains" or "note indicators.budget.amount"
     */
    public record Failure(int turn, String where, String expected, String actual) {
        @Override
        public String toString() { return where + ": expected " + expected + ", got " + actual; }
    }
}
