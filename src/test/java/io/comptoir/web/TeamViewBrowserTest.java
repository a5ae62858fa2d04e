package io.comptoir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.botfolder.Bots;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The team's view over simulated traffic of the three example bots, at 1280×800 and 390×844: the list shows
 * contact and need, search and filters narrow it, a conversation is headed by its contact and need and its note
 * holds no raw option id, the dashboard fits; screenshots under target/screenshots.
 */
class TeamViewBrowserTest {
    static final String KEY = "team-secret-key";
    static final List<String> BOTS = List.of("agence-web", "boutique-velo", "helpdesk-saas");

    @Test
    void the_team_finds_reads_and_measures_conversations_on_a_desktop_and_a_phone() throws Exception {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed (.ci/setup.d/20-chromium.sh)");
        Map<String, BotDefinition> defs = new java.util.LinkedHashMap<>();
        for (String id : BOTS) defs.put(id, Bots.load(id));
        try (TestDatabases.Handle db = TestDatabases.h2()) {
            ConversationStore store = new ConversationStore(db.db().jdbi());
            List<ServedBot> served = new ArrayList<>();
            for (BotDefinition bot : defs.values()) {
                served.add(new ServedBot(bot.id(), bot.name(), bot.language().code(), ComptoirEngines.create(bot),
                        ServiceTraffic.notes(bot), List.of("*")));
            }
            var service = new ConversationService(new BotRegistry(served), store, Clock.systemUTC());
            try (HttpServer server = HttpServer.start(service, new ServerSettings(KEY, null, 0), 0,
                    List.of(new KpiRoutes(id -> Optional.ofNullable(defs.get(id)))))) {
                long seed = 5; // the KPI routes keep the roll-ups from their start on: traffic comes after
                for (ServedBot sb : served) {
                    BotDefinition bot = defs.get(sb.id());
                    new Simulator(bot, new ServiceTraffic(bot, sb.engine(), store)).run(new Simulator.Options(40,
                            Mix.parse(Mix.DEFAULT), 30, seed++, Instant.parse("2026-11-20T00:00:00Z")), (d, t) -> { });
                }
                String url = "http://localhost:" + server.port();
                for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
                    try (Browser b = new Browser(size[0], size[1])) {
                        visit(b, url, size[0] + "x" + size[1], defs);
                    }
                }
            }
        }
    }

    private static void visit(Browser b, String url, String tag, Map<String, BotDefinition> defs) throws Exception {
        b.driver.get(url + "/console");
        b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("key"))).sendKeys(KEY, Keys.ENTER);
        waitRows(b);
        List<WebElement> rows = rows(b);
        assertThat(rows).hasSizeGreaterThan(5);
        assertThat(cell(rows.get(0), 0)).isNotBlank().isNotEqualTo("—");
        assertThat(rows).anySatisfy(r -> assertThat(cell(r, 1)).isNotBlank().isNotEqualTo("—"));
        assertThat(b.driver.findElement(By.id("page-next")).isEnabled()).isTrue();
        for (WebElement link : b.driver.findElements(By.cssSelector(".topbar nav a"))) {
            // every navigation link is on screen, none clipped (the phone layout wraps them)
            assertThat(link.getRect().getX() + link.getRect().getWidth()).as(link.getText()).isLessThanOrEqualTo(
                    ((Number) ((JavascriptExecutor) b.driver).executeScript("return window.innerWidth")).intValue());
        }
        b.screenshot("team-list-" + tag);

        // search by a contact's e-mail, then filter by bot and by flag
        String email = rows.stream().map(r -> r.getText()).map(t -> find(t, "[\\w.+-]+@[\\w-]+\\.[\\w.]+"))
                .filter(e -> e != null).findFirst().orElseThrow();
        filter(b, () -> b.driver.findElement(By.name("q")).sendKeys(email, Keys.ENTER));
        settled(b, () -> assertThat(rows(b)).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains(email)));
        filter(b, () -> { b.driver.findElement(By.name("q")).clear(); b.driver.findElement(By.name("q")).sendKeys(Keys.ENTER); });
        filter(b, () -> new Select(b.driver.findElement(By.name("bot"))).selectByValue("agence-web"));
        settled(b, () -> assertThat(rows(b)).isNotEmpty().allSatisfy(r -> assertThat(cell(r, 6)).isEqualTo("Pixel & Co")));
        filter(b, () -> new Select(b.driver.findElement(By.name("flag"))).selectByValue("hesitant"));
        settled(b, () -> assertThat(rows(b)).isNotEmpty().allSatisfy(r -> assertThat(cell(r, 4)).contains("hésitant")));
        filter(b, () -> new Select(b.driver.findElement(By.name("flag"))).selectByValue(""));

        // open a conversation from the keyboard: headed by contact and need, no raw option id in the note
        WebElement first = rows(b).get(0);
        String who = cell(first, 0).split("\n")[0];
        first.sendKeys(Keys.ENTER);
        b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("note"), "Prochaine action"));
        String title = b.driver.findElement(By.id("detail-title")).getText();
        assertThat(title).startsWith(who).contains(" — ").doesNotContain("Conversation c");
        String note = b.driver.findElement(By.id("note")).getText();
        assertNoRawOptionId(note, defs.get("agence-web"));
        b.screenshot("team-conversation-" + tag);

        b.driver.get(url + "/console/dashboard?bot=agence-web&from=2026-11-13&to=2026-11-19");
        b.waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
        String tiles = b.driver.findElement(By.tagName("main")).getText();
        // a week of 40 conversations over 30 days: every rate rests on fewer cases than the default minimum sample of 30
        assertThat(tiles).contains("Pas encore assez de données (n=").doesNotContain("En retard");
        assertThat(tiles).containsPattern("Période précédente [^\\n]*\\([+−][0-9,]+ pts\\)");
        assertThat(tiles).contains("Comparé au chemin linéaire vers l'objectif");
        b.screenshot("team-dashboard-" + tag);
    }

    /** Option ids of the bot as whole words, once the client's quoted words and the option labels are set aside. */
    static void assertNoRawOptionId(String text, BotDefinition bot) {
        String plain = text.replaceAll("«[^»]*»", "").replaceAll("(?m)^En ses mots\\n.*$", "");
        for (Question q : bot.questions()) for (Question.ChoiceOption o : q.options()) plain = plain.replaceAll("(?iu)" + Pattern.quote(o.label()), "");
        for (Question q : bot.questions()) {
            for (Question.ChoiceOption o : q.options()) {
                assertThat(Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(o.id()) + "(?![\\p{L}_])").matcher(plain).find())
                        .as("option id '%s' in the console note:\n%s", o.id(), text).isFalse();
            }
        }
    }

    private static void filter(Browser b, Runnable change) {
        WebElement before = b.driver.findElement(By.id("count"));
        String old = before.getText();
        ((JavascriptExecutor) b.driver).executeScript("document.getElementById('count').textContent = ''");
        change.run();
        b.waiting().until(d -> !d.findElement(By.id("count")).getText().isEmpty());
        assertThat(old).isNotNull();
    }

    /**
     * Typing in the search box may reload the list once per keystroke: the assertion holds once the list has
     * settled (a row replaced while it is read is read again), within the browser's usual wait.
     */
    private static void settled(Browser b, Runnable assertion) {
        b.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).ignoring(AssertionError.class)
                .until(d -> { assertion.run(); return true; });
    }

    private static void waitRows(Browser b) {
        b.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#rows tr[data-id]"), 0));
    }

    private static List<WebElement> rows(Browser b) { return b.driver.findElements(By.cssSelector("#rows tr[data-id]")); }

    private static String cell(WebElement row, int i) {
        return row.findElements(By.tagName("td")).get(i).getText().trim(); // the phone's ::before labels are not text
    }

    private static String find(String text, String regex) {
        var m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group() : null;
    }
}
