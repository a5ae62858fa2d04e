package io.comptoir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.comptoir.bot.BotDefinition;
import io.comptoir.botfolder.Bots;
import io.comptoir.engine.ConversationEngine;
import io.comptoir.http.HttpServer;
import io.comptoir.http.KpiRoutes;
import io.comptoir.http.ServerSettings;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.ConversationService;
import io.comptoir.server.ServedBot;
import io.comptoir.simulate.Mix;
import io.comptoir.simulate.ServiceTraffic;
import io.comptoir.simulate.Simulator;
import io.comptoir.store.ConversationStore;
import io.comptoir.store.TestDatabases;
import io.comptoir.wire.ComptoirEngines;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The KPI dashboard over simulated traffic, in headless Chromium, with a screenshot under target/screenshots. */
class KpiDashboardBrowserTest {
    static final String KEY = "team-secret-key";

    @Test
    void the_dashboard_shows_the_plan_tiles_the_funnel_the_csat_and_the_daily_series() throws Exception {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed (.ci/setup.d/20-chromium.sh)");
        BotDefinition bot = Bots.load("agence-web");
        ConversationEngine engine = ComptoirEngines.create(bot);
        try (TestDatabases.Handle db = TestDatabases.h2()) {
            ConversationStore store = new ConversationStore(db.db().jdbi());
            var served = new ServedBot(bot.id(), bot.name(), "fr", engine, ServiceTraffic.notes(bot), List.of("*"));
            var service = new ConversationService(new BotRegistry(List.of(served)), store, Clock.systemUTC());
            try (HttpServer server = HttpServer.start(service, new ServerSettings(KEY, null, 0), 0,
                    List.of(new KpiRoutes(id -> id.equals(bot.id()) ? Optional.of(bot) : Optional.empty())));
                 Browser b = new Browser(1440, 1750)) {
                new Simulator(bot, new ServiceTraffic(bot, engine, store)).run(new Simulator.Options(110,
                        Mix.parse(Mix.DEFAULT), 60, 3, Instant.parse("2026-11-20T00:00:00Z")), (d, t) -> { });
                String url = "http://localhost:" + server.port();
                b.driver.get(url + "/console");
                ((JavascriptExecutor) b.driver).executeScript("sessionStorage.setItem('comptoir.internalKey', arguments[0])", KEY);
                b.driver.get(url + "/console/dashboard?bot=agence-web&from=2026-10-21&to=2026-11-19");
                b.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
                b.waiting().until(d -> d.findElements(By.cssSelector(".series .mini canvas, .series .mini.nodata")).size() >= bot.kpiPlan().size());
                Thread.sleep(300); // let the last charts paint before the screenshot (not an assertion)

                assertThat(b.driver.findElements(By.cssSelector(".tile"))).hasSize(bot.kpiPlan().size());
                assertThat(b.driver.findElement(By.id("funnel")).findElements(By.tagName("canvas"))).isNotEmpty();
                assertThat(b.driver.findElement(By.id("csat")).findElements(By.tagName("canvas"))).isNotEmpty();
                assertThat(b.driver.findElement(By.id("error")).getText()).isEmpty();
                assertThat(b.driver.findElement(By.id("period-label")).getText()).contains("21/10/2026");
                b.screenshot("kpi-dashboard");
            }
        }
    }
}
