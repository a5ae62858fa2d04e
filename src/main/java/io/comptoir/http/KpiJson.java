package io.comptoir.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.kpi.KpiReport;
import io.comptoir.kpi.KpiValue;
import java.util.Locale;

/** The JSON form of a KPI report (CLI --format json and the console dashboard). Keys are snake_case. */
public final class KpiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KpiJson() {}

    public static ObjectNode report(KpiReport r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("bot", r.botId());
        n.put("from", r.from().toString());
        n.put("to", r.to().toString());
        ObjectNode prev = n.putObject("previous_period");
        prev.put("from", r.previousFrom().toString());
        prev.put("to", r.previousTo().toString());
        n.put("plan_start", r.planStart() == null ? null : r.planStart().toString());
        ArrayNode kpis = n.putArray("kpis");
        for (KpiReport.Row row : r.rows()) kpis.add(row(row, r));
        ArrayNode funnel = n.putArray("funnel");
        for (KpiReport.FunnelRow f : r.funnel()) {
            ObjectNode s = funnel.addObject();
            s.put("step", f.step());
            s.put("count", f.count());
            s.put("drop_off_percent", round(f.dropOffPercent()));
        }
        ObjectNode csat = n.putObject("csat_distribution");
        r.csat().forEach((score, count) -> csat.put(Integer.toString(score), count));
        ArrayNode daily = n.putArray("daily");
        for (KpiReport.Day d : r.daily()) {
            ObjectNode day = daily.addObject();
            day.put("day", d.day().toString());
            ObjectNode values = day.putObject("values");
            ObjectNode counts = day.putObject("samples");
            d.values().forEach((id, v) -> {
                if (v instanceof KpiValue.Measured m) values.put(id.wireName(), round(m.value()));
                else values.putNull(id.wireName());
                counts.put(id.wireName(), v.sampleSize());
            });
            ObjectNode rolling = day.putObject("rolling_7d");
            ObjectNode rollingSamples = day.putObject("rolling_7d_samples");
            d.rolling7().forEach((id, v) -> {
                if (v instanceof KpiValue.Measured m) rolling.put(id.wireName(), round(m.value()));
                else rolling.putNull(id.wireName());
                rollingSamples.put(id.wireName(), v.sampleSize());
            });
        }
        return n;
    }

    private static ObjectNode row(KpiReport.Row row, KpiReport r) {
        ObjectNode k = MAPPER.createObjectNode();
        k.put("kpi", row.definition().id().wireName());
        k.put("name", row.definition().name());
        k.put("definition", row.definition().definition());
        k.put("numerator", row.definition().numerator());
        k.put("denominator", row.definition().denominator());
        k.put("unit", row.definition().unit().name().toLowerCase(Locale.ROOT));
        value(k, row.value());
        k.put("in_plan", row.plan() != null);
        if (row.plan() != null) {
            k.put("baseline", row.plan().baseline());
            k.put("target", row.plan().target());
            k.put("horizon_months", row.plan().horizonMonths());
            k.put("why", row.plan().why());
            k.put("tool", row.plan().tool());
        }
        if (row.expected() != null) k.put("expected", round(row.expected()));
        k.put("status", row.status() == null ? null : row.status().wireName());
        if (row.plan() != null) {
            k.put("min_sample", row.plan().minSample());
            k.put("not_enough_data", row.underSample());
            if (row.expected() != null) k.put("compared_to", "linear path from " + row.plan().baseline() + " to "
                    + row.plan().target() + " over " + row.plan().horizonMonths() + " months: " + round(row.expected())
                    + " expected on " + r.to());
        }
        Double change = row.change();
        k.put("change", change == null ? null : round(change));
        k.put("change_unit", row.definition().unit() == io.comptoir.kpi.Unit.PERCENT ? "points"
                : row.definition().unit().name().toLowerCase(Locale.ROOT));
        value(k.putObject("previous"), row.previous());
        return k;
    }

    private static void value(ObjectNode k, KpiValue v) {
        if (v instanceof KpiValue.Measured m) {
            k.put("value", round(m.value()));
            k.put("sample_size", m.sampleSize());
            k.put("detail", m.detail());
        } else {
            k.putNull("value");
            k.put("sample_size", 0);
            k.put("no_data", ((KpiValue.NoData) v).reason());
        }
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    public static String pretty(KpiReport r) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
