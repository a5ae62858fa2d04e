package io.comptoir.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.KpiPlanEntry;
import io.comptoir.botfolder.Bots;
import io.comptoir.kpi.KpiReport;
import io.comptoir.server.ConversationService;
import io.comptoir.server.ServedBot;
import io.comptoir.store.kpi.KpiListener;
import io.comptoir.store.kpi.KpiReports;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The KPI feature in the server: keeps the roll-ups up to date on every event append, and serves the dashboard
 * (/console/dashboard, ECharts from its webjar) with its JSON endpoints under /api/internal/kpi/ (internal key).
 * Found through META-INF/services; a server can also pass bot definitions explicitly.
 */
public final class KpiRoutes implements ServerExtension {
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final Function<String, Optional<BotDefinition>> explicit;

    /** Bot definitions are looked up by id (./examples/ID or the bundled examples). */
    public KpiRoutes() { this(id -> Optional.empty()); }

    public KpiRoutes(Function<String, Optional<BotDefinition>> definitions) {
        this.explicit = definitions;
    }

    /** Apps already served: an explicit instance and the ServiceLoader one must not register twice. */
    private static final java.util.Set<Javalin> REGISTERED =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    @Override
    public void register(Javalin app, ConversationService service) {
        if (!REGISTERED.add(app)) return;
        Map<String, Optional<BotDefinition>> cache = new ConcurrentHashMap<>();
        Function<String, Optional<BotDefinition>> bots = id -> cache.computeIfAbsent(id, k -> lookup(service, k));
        service.store().addListener(KpiListener.forBots(bots));
        KpiReports reports = new KpiReports(service.store().jdbi(), bots);
        app.get("/console/dashboard", ctx -> ctx.contentType("text/html; charset=utf-8")
                .result(HttpServer.resource("web/console/dashboard.html")));
        app.get("/console/vendor/echarts.min.js", ctx -> {
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType("application/javascript").result(HttpServer.resource(ECHARTS));
        });
        app.get("/api/internal/kpi/bots", ctx -> ctx.json(botList(service, bots)));
        app.get("/api/internal/kpi/report", ctx -> {
            KpiReport r = report(ctx, reports);
            ctx.json(withQuestionLabels(KpiJson.report(r), bots.apply(r.botId())));
        });
    }

    /** Funnel steps of questions get the team's label ("Budget", "Taille de l'équipe") next to their id. */
    static ObjectNode withQuestionLabels(ObjectNode json, Optional<BotDefinition> bot) {
        for (com.fasterxml.jackson.databind.JsonNode step : json.path("funnel")) {
            String id = step.path("step").asText();
            if (!id.startsWith(io.comptoir.kpi.FunnelSteps.QUESTION_PREFIX)) continue;
            String qid = id.substring(io.comptoir.kpi.FunnelSteps.QUESTION_PREFIX.length());
            String label = bot.flatMap(b -> b.question(qid)).map(io.comptoir.bot.Question::title)
                    .orElse(io.comptoir.bot.Question.humanise(qid));
            ((ObjectNode) step).put("label", label);
        }
        return json;
    }

    private Optional<BotDefinition> lookup(ConversationService service, String id) {
        Optional<BotDefinition> d = explicit.apply(id);
        if (d.isPresent() || !service.bots().has(id)) return d;
        try {
            return Optional.of(Bots.load(id)).filter(b -> b.id().equals(id));
        } catch (ComptoirException e) {
            return Optional.empty();
        }
    }

    private static ArrayNode botList(ConversationService service, Function<String, Optional<BotDefinition>> bots) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (ServedBot b : service.bots().all()) {
            ObjectNode n = list.addObject();
            n.put("id", b.id());
            n.put("name", b.name());
            ArrayNode plan = n.putArray("plan");
            bots.apply(b.id()).ifPresent(d -> d.kpiPlan().stream().map(KpiPlanEntry::kpi).forEach(plan::add));
        }
        return list;
    }

    private static KpiReport report(Context ctx, KpiReports reports) {
        String bot = ctx.queryParam("bot");
        if (bot == null || bot.isBlank()) throw new ComptoirException.InvalidInput("query parameter 'bot' is required");
        LocalDate to = date(ctx.queryParam("to"), LocalDate.now(ZoneOffset.UTC), "to");
        LocalDate from = date(ctx.queryParam("from"), to.minusDays(29), "from");
        int days = 7;
        String w = ctx.queryParam("recontact_days");
        if (w != null) {
            try {
                days = Integer.parseInt(w);
            } catch (NumberFormatException e) {
                throw new ComptoirException.InvalidInput("recontact_days must be a number of days");
            }
        }
        return reports.report(bot, from, to, "true".equals(ctx.queryParam("all")), Duration.ofDays(Math.max(1, days)));
    }

    private static LocalDate date(String s, LocalDate fallback, String name) {
        if (s == null || s.isBlank()) return fallback;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ComptoirException.InvalidInput("'" + name + "' must be a date YYYY-MM-DD");
        }
    }
}
