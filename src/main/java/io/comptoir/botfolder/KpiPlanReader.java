package io.comptoir.botfolder;

import io.comptoir.bot.KpiPlanEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code kpis:}, the measurement plan: 3 to 5 KPIs, each with data, tool, baseline, numeric target and horizon. */
final class KpiPlanReader {
    static final List<String> KEYS = List.of("kpi", "data", "tool", "baseline", "target", "horizon", "why",
            "min_sample");
    static final List<String> KPIS = List.of("conversion_rate", "qualification_rate", "average_order_value",
            "deflection_rate", "csat", "escalation_rate", "handling_time", "recontact_rate", "cart_recovery_rate",
            "first_contact_resolution");
    static final int MIN = 3;
    static final int MAX = 5;
    private static final Pattern HORIZON = Pattern.compile("(\\d+)\\s*(months?|mois|weeks?|semaines?)",
            Pattern.CASE_INSENSITIVE);
    private static final double WEEKS_PER_MONTH = 52.0 / 12.0;

    private final YamlDoc doc;

    KpiPlanReader(YamlDoc doc) {
        this.doc = doc;
    }

    List<KpiPlanEntry> read(Node node, int keyLine) {
        List<Node> items = doc.items(node, "'kpis'");
        if (items.size() < MIN || items.size() > MAX) {
            doc.problem(keyLine, "the KPI plan has " + items.size() + " KPI" + (items.size() == 1 ? "" : "s")
                    + "; it needs " + MIN + " to " + MAX + " (ids: " + String.join(", ", KPIS) + ")");
        }
        List<KpiPlanEntry> plan = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            KpiPlanEntry e = entry(items.get(i), i + 1);
            if (e == null) continue;
            if (!seen.add(e.kpi())) {
                doc.problem(items.get(i), "KPI '" + e.kpi() + "' appears twice in the plan; keep one line per KPI");
            } else {
                plan.add(e);
            }
        }
        return plan;
    }

    private KpiPlanEntry entry(Node node, int index) {
        String where = YamlDoc.peek(node, "kpi").map(k -> "KPI '" + k + "'").orElse("KPI " + index);
        Fields f = doc.fields(node, where, KEYS);
        String kpi = f.text("kpi", "name the KPI: one of " + String.join(", ", KPIS));
        if (kpi != null && !KPIS.contains(kpi)) {
            doc.problem(f.node("kpi").get(), where + " is not a KPI Comptoir computes; "
                    + Suggestions.expectedOneOf(kpi, KPIS));
            kpi = null;
        }
        String data = f.text("data", "say which events or fields it uses, e.g. data: \"cta_accepted / conversation_started\"");
        String tool = f.text("tool", "say where it is read, e.g. tool: \"Tableau de bord Comptoir\"");
        BigDecimal baseline = required(f, "baseline", "the value today, e.g. baseline: 2");
        BigDecimal target = required(f, "target", "the value to reach, a number, e.g. target: 5");
        Integer months = horizon(f, where);
        String why = f.text("why", "give the reason in one line, e.g. why: \"Trop peu de rendez-vous pris en ligne.\"");
        if (kpi == null || data == null || tool == null || baseline == null || target == null || months == null
                || why == null) {
            return null;
        }
        int minSample = KpiPlanEntry.DEFAULT_MIN_SAMPLE;
        if (f.has("min_sample")) {
            BigDecimal n = f.number("min_sample", "30");
            if (n != null && n.signum() >= 0) minSample = n.intValue();
        }
        return new KpiPlanEntry(kpi, data, tool, baseline.doubleValue(), target.doubleValue(), months, why, minSample);
    }

    private static BigDecimal required(Fields f, String key, String hint) {
        if (!f.has(key)) {
            f.missing(key, "give " + hint);
            return null;
        }
        return f.number(key, "5 (for 5 %) or 1500");
    }

    private Integer horizon(Fields f, String where) {
        String raw = f.text("horizon", "give the time to reach the target, e.g. horizon: 3 months");
        if (raw == null) return null;
        Matcher m = HORIZON.matcher(raw.strip());
        if (!m.matches()) {
            doc.problem(f.node("horizon").get(), "the horizon of " + where + " is '" + raw
                    + "'; write a number of months or weeks, e.g. 3 months or 12 weeks");
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        boolean weeks = m.group(2).toLowerCase(Locale.ROOT).startsWith("week")
                || m.group(2).toLowerCase(Locale.ROOT).startsWith("semaine");
        int months = weeks ? (int) Math.ceil(n / WEEKS_PER_MONTH - 1e-9) : n;
        if (months < 1) {
            doc.problem(f.node("horizon").get(), "the horizon of " + where + " must be at least 1 month or 1 week");
            return null;
        }
        return months;
    }
}
