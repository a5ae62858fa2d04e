package io.comptoir.kpi;

import io.comptoir.bot.KpiPlanEntry;
import java.util.List;
import java.util.Locale;

/** Plain-text renderings of plans and reports: Markdown tables (ready to paste) and CSV. */
public final class ReportText {
    private ReportText() {}

    /** The workshop's measurement plan as a Markdown table. */
    public static String planMarkdown(String botName, List<KpiPlanEntry> plan) {
        StringBuilder sb = new StringBuilder("\n## Measurement plan: " + botName + "\n\n");
        sb.append("| KPI | Definition | Data | Tool | Baseline | Target | Horizon | Why |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (KpiPlanEntry p : plan) {
            KpiDefinition d = KpiId.fromWire(p.kpi()).map(KpiCatalog::get).orElse(null);
            Unit unit = d == null ? null : d.unit();
            sb.append("| ").append(cell(d == null ? p.kpi() : d.name()))
                    .append(" | ").append(cell(d == null ? "" : d.definition()))
                    .append(" | ").append(cell(p.data())).append(" | ").append(cell(p.tool()))
                    .append(" | ").append(number(p.baseline(), unit, null)).append(" | ")
                    .append(number(p.target(), unit, null)).append(" | ").append(months(p.horizonMonths()))
                    .append(" | ").append(cell(p.why())).append(" |\n");
        }
        return sb.toString();
    }

    /** The status, or why there is none yet: a status on a handful of cases would cry wolf. */
    static String status(KpiReport.Row row) {
        if (row.underSample()) return "not enough data yet (n=" + row.value().sampleSize() + ", needs " + row.plan().minSample() + ")";
        return row.status() == null ? "" : row.status().wireName();
    }

    /** " (+2.5 pts)" for a rate: a change in a rate is a difference of points, not a percentage. */
    static String change(KpiReport.Row row) {
        Double c = row.change();
        if (c == null) return "";
        String unit = switch (row.definition().unit()) {
            case PERCENT -> " pts";
            case MINUTES -> " min";
            default -> "";
        };
        return String.format(Locale.ROOT, " (%+.1f%s)", c, unit);
    }

    public static String reportMarkdown(KpiReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("## KPI report: ").append(r.botId()).append(", ").append(r.from()).append(" to ").append(r.to())
                .append("\n\nPrevious period: ").append(r.previousFrom()).append(" to ").append(r.previousTo())
                .append(". Plan paths start on ").append(r.planStart() == null ? "the first day of data (none yet)"
                        : r.planStart().toString()).append(".\n\n");
        sb.append("| KPI | Value | Target | Expected now | Status | Previous period | Sample size |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (KpiReport.Row row : r.rows()) {
            Unit u = row.definition().unit();
            sb.append("| ").append(row.definition().name())
                    .append(" | ").append(value(row.value(), u))
                    .append(" | ").append(row.plan() == null ? "" : number(row.plan().target(), u, null)
                            + " in " + months(row.plan().horizonMonths()) + " from " + number(row.plan().baseline(), u, null))
                    .append(" | ").append(row.expected() == null ? "" : number(row.expected(), u, null))
                    .append(" | ").append(status(row))
                    .append(" | ").append(value(row.previous(), u)).append(change(row))
                    .append(" | ").append(row.value().sampleSize()).append(" |\n");
        }
        sb.append("\n### Funnel\n\n| Step | Conversations | Drop-off |\n|---|---|---|\n");
        for (int i = 0; i < r.funnel().size(); i++) {
            KpiReport.FunnelRow f = r.funnel().get(i);
            sb.append("| ").append(f.step()).append(" | ").append(f.count()).append(" | ")
                    .append(i == 0 ? "" : String.format(Locale.ROOT, "%.1f %%", f.dropOffPercent())).append(" |\n");
        }
        return sb.toString();
    }

    public static String reportCsv(KpiReport r) {
        StringBuilder sb = new StringBuilder("section,id,value,unit,target,expected,status,previous,sample_size,note\n");
        for (KpiReport.Row row : r.rows()) {
            sb.append("kpi,").append(row.definition().id().wireName()).append(',')
                    .append(raw(row.value())).append(',').append(row.definition().unit().name().toLowerCase(Locale.ROOT))
                    .append(',').append(row.plan() == null ? "" : fmt(row.plan().target()))
                    .append(',').append(row.expected() == null ? "" : fmt(row.expected()))
                    .append(',').append(row.status() == null ? "" : row.status().wireName())
                    .append(',').append(raw(row.previous())).append(',').append(row.value().sampleSize())
                    .append(',').append(csv(note(row.value()))).append('\n');
        }
        for (KpiReport.FunnelRow f : r.funnel()) {
            sb.append("funnel,").append(csv(f.step())).append(',').append(f.count()).append(",conversations,,,,,,")
                    .append(String.format(Locale.ROOT, "drop-off %.1f%%", f.dropOffPercent())).append('\n');
        }
        return sb.toString();
    }

    /** A value for people: "4.2 %", "1 234.50 EUR", "3.5 min", or "no data (reason)". */
    public static String value(KpiValue v, Unit unit) {
        if (v instanceof KpiValue.Measured m) {
            String currency = unit == Unit.MONEY ? m.detail().split(" ")[0] : null;
            String s = number(m.value(), unit, currency);
            return unit == Unit.MINUTES ? s + " (" + m.detail() + ")" : s;
        }
        return "no data (" + ((KpiValue.NoData) v).reason() + ")";
    }

    static String number(double v, Unit unit, String currency) {
        if (unit == null) return fmt(v);
        return switch (unit) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", v);
            case MONEY -> String.format(Locale.ROOT, "%.2f", v) + (currency == null ? "" : " " + currency);
            case MINUTES -> String.format(Locale.ROOT, "%.1f min", v);
        };
    }

    private static String raw(KpiValue v) {
        return v instanceof KpiValue.Measured m ? String.format(Locale.ROOT, "%.4f", m.value()) : "";
    }

    private static String note(KpiValue v) {
        return v instanceof KpiValue.NoData n ? "no data: " + n.reason() : ((KpiValue.Measured) v).detail();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String months(int n) { return n + (n == 1 ? " month" : " months"); }

    private static String cell(String s) { return s == null ? "" : s.replace("|", "\\|").replace("\n", " "); }

    private static String csv(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
