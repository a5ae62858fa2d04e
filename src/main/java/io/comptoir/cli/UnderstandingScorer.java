package io.comptoir.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores understanding predictions against labels with exactly the rules of shared/eval/score_understanding.py:
 * a listed `entities` array is exhaustive (matched per type), `signals` must be present, `forbid` absent, and
 * `in_scope` is compared for items that name a bot.
 */
public final class UnderstandingScorer {
    /** Counts and misses of one scoring run. */
    public record Report(int entityTp, int entityFp, int entityFn, int signalTp, int signalFp, int signalFn,
                         int scopeOk, int scopeTotal, List<String> misses) {
        public double entityF1() { return f1(entityTp, entityFp, entityFn); }

        public double signalF1() { return f1(signalTp, signalFp, signalFn); }

        public double scopeAccuracy() { return scopeTotal == 0 ? 1.0 : (double) scopeOk / scopeTotal; }

        /** The scorer's last line: "entity_f1=.. signal_f1=.. scope_acc=..". */
        public String figures() {
            return String.format(Locale.ROOT, "entity_f1=%.3f signal_f1=%.3f scope_acc=%.3f",
                    entityF1(), signalF1(), scopeAccuracy());
        }

        public List<String> summary() {
            return List.of(
                    String.format(Locale.ROOT, "entities: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f",
                            entityTp, entityFp, entityFn, precision(entityTp, entityFp), recall(entityTp, entityFn)),
                    String.format(Locale.ROOT, "signals: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f",
                            signalTp, signalFp, signalFn, precision(signalTp, signalFp), recall(signalTp, signalFn)),
                    String.format(Locale.ROOT, "scope: %d/%d", scopeOk, scopeTotal));
        }
    }

    private UnderstandingScorer() {}

    public static Report score(List<JsonNode> labels, List<JsonNode> predictions) {
        Map<JsonNode, JsonNode> byId = new HashMap<>();
        for (JsonNode p : predictions) byId.put(p.path("id"), p);
        int etp = 0, efp = 0, efn = 0, stp = 0, sfp = 0, sfn = 0, scopeOk = 0, scopeN = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode item : labels) {
            String id = item.path("id").asText();
            String text = item.path("text").asText();
            JsonNode got = byId.get(item.path("id"));
            if (got == null) {
                misses.add(id + ": no prediction");
                got = UnderstandingJson.MAPPER.createObjectNode();
            }
            List<JsonNode> gotEntities = new ArrayList<>();
            got.path("entities").forEach(gotEntities::add);
            Set<String> gotSignals = new HashSet<>();
            got.path("signals").forEach(s -> gotSignals.add(s.asText()));
            if (item.has("entities")) {
                List<JsonNode> remaining = new ArrayList<>(gotEntities);
                for (JsonNode exp : item.get("entities")) {
                    JsonNode hit = remaining.stream().filter(g -> entityMatches(exp, g)).findFirst().orElse(null);
                    if (hit != null) {
                        etp++;
                        remaining.remove(hit);
                    } else {
                        efn++;
                        misses.add(id + ": missed entity " + exp + " | got " + got.path("entities") + " | " + text);
                    }
                }
                for (JsonNode extra : remaining) {
                    efp++;
                    misses.add(id + ": extra entity " + extra + " | " + text);
                }
            }
            for (JsonNode s : item.path("signals")) {
                if (gotSignals.contains(s.asText())) stp++;
                else {
                    sfn++;
                    misses.add(id + ": missed signal " + s.asText() + " | got " + gotSignals + " | " + text);
                }
            }
            for (JsonNode s : item.path("forbid")) {
                if (gotSignals.contains(s.asText())) {
                    sfp++;
                    misses.add(id + ": forbidden signal " + s.asText() + " | " + text);
                }
            }
            if (item.has("in_scope")) {
                scopeN++;
                JsonNode g = got.get("in_scope");
                if (g != null && g.isBoolean() && g.asBoolean() == item.get("in_scope").asBoolean()) scopeOk++;
                else misses.add(id + ": in_scope expected " + item.get("in_scope") + " got " + g + " | " + text);
            }
        }
        return new Report(etp, efp, efn, stp, sfp, sfn, scopeOk, scopeN, misses);
    }

    static boolean entityMatches(JsonNode exp, JsonNode got) {
        String type = exp.path("type").asText(null);
        if (type == null || !type.equals(got.path("type").asText(null))) return false;
        switch (type) {
            case "money":
                for (String k : new String[]{"amount", "min", "max"}) {
                    if (exp.has(k) && !numEq(exp.get(k), got.get(k))) return false;
                    if (!exp.has(k) && got.get(k) != null && !got.get(k).isNull()) return false;
                }
                for (String k : new String[]{"currency", "period"}) {
                    if (exp.has(k) && !pyStr(got.get(k)).equalsIgnoreCase(exp.get(k).asText())) return false;
                }
                return true;
            case "date": {
                String v = pyStr(got.get("value"));
                if (v.length() > 10) v = v.substring(0, 10);
                if (exp.has("value")) return v.equals(exp.get("value").asText());
                return exp.path("from").asText().compareTo(v) <= 0 && v.compareTo(exp.path("to").asText()) <= 0;
            }
            case "email":
            case "phone":
                return pyStr(got.get("value")).equalsIgnoreCase(exp.path("value").asText());
            case "headcount":
                return numEq(exp.get("value"), got.get("value"));
            default:
                return exp.equals(got);
        }
    }

    /** Python's str() of a JSON value as the reference scorer sees it (missing → ""). */
    private static String pyStr(JsonNode n) {
        if (n == null) return "";
        if (n.isNull()) return "None";
        return n.asText();
    }

    private static boolean numEq(JsonNode a, JsonNode b) {
        if (a == null || b == null || a.isNull() || b.isNull()) return false;
        try {
            return Math.abs(Double.parseDouble(a.asText()) - Double.parseDouble(b.asText())) < 0.005;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double precision(int tp, int fp) { return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp); }

    private static double recall(int tp, int fn) { return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn); }

    static double f1(int tp, int fp, int fn) {
        double p = precision(tp, fp);
        double r = recall(tp, fn);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
