package io.comptoir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.comptoir.http.TestServer;
import io.comptoir.server.BotRegistry;
import io.comptoir.server.FakeBots;
import io.comptoir.server.RealBots;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A whole conversation in the widget, then its transcript and note in the console, in headless Chromium. */
class WidgetAndConsoleBrowserTest {
    static final String XSS = "<img src=x onerror=alert(1)>";

    @Test
    void a_visitor_chats_in_the_widget_and_the_team_sees_the_conversation_and_its_note_in_the_console() throws Exception {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed (.ci/setup.d/20-chromium.sh)");
        try (TestServer s = new TestServer(new BotRegistry(RealBots.examples()), 0, null); Browser b = new Browser(1280, 860)) {
            b.driver.get(s.url() + "/?bot=agence-web");
            b.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".cpt-chip"), 0));
            assertThat(b.driver.findElement(By.cssSelector(".cpt-panel")).getAttribute("aria-label")).contains("Pixel & Co");

            click(b, "Boutique en ligne");
            say(b, XSS);
            List<WebElement> client = b.driver.findElements(By.cssSelector(".cpt-msg.cpt-client"));
            assertThat(client.get(client.size() - 1).getText()).isEqualTo(XSS);
            assertThat(b.driver.findElements(By.cssSelector(".cpt-log img"))).isEmpty();
            say(b, "Environ 8000 euros");
            say(b, "En mars");
            b.screenshot("widget-conversation");

            // Reload: the widget reconnects to the same conversation with its stored token.
            int shown = b.driver.findElements(By.cssSelector(".cpt-msg")).size();
            b.driver.navigate().refresh();
            b.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cpt-msg"), shown));
            say(b, "Nous sommes 12");
            click(b, "Oui");
            say(b, "claire.martin@exemple.fr");
            for (String more : List.of("Claire Martin", "Au revoir")) {
                if (!b.driver.findElements(By.cssSelector(".cpt-csat")).isEmpty()) break;
                say(b, more);
            }
            WebElement five = b.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".cpt-star[aria-label$='5/5']")));
            assertThat(b.driver.findElement(By.cssSelector(".cpt-input")).isDisplayed()).isFalse();
            b.screenshot("widget-satisfaction");
            b.click(() -> b.driver.findElement(By.cssSelector(".cpt-star[aria-label$='5/5']")));
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cpt-log"), "Merci pour votre avis"));
            b.screenshot("widget");

            b.driver.get(s.url() + "/console");
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("key"))).sendKeys(TestServer.INTERNAL_KEY, Keys.ENTER);
            b.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#rows tr[data-id]"), 0));
            assertThat(b.driver.findElement(By.cssSelector("a[href='/console/dashboard']")).getText()).isEqualTo("Tableau de bord");
            b.screenshot("console-list");
            b.click(() -> b.driver.findElement(By.cssSelector("#rows tr[data-id]")));
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("note"), "claire.martin@exemple.fr"));
            String note = b.driver.findElement(By.id("note")).getText();
            assertThat(note).contains("Qualification").contains("Boutique en ligne").contains("8");
            List<WebElement> bubbles = b.driver.findElements(By.cssSelector("#transcript .bubble.client"));
            assertThat(bubbles).anySatisfy(e -> assertThat(e.getText()).startsWith(XSS));
            assertThat(b.driver.findElements(By.cssSelector("#transcript img"))).isEmpty();
            assertThat(b.driver.findElement(By.id("detail-meta")).getText()).contains("satisfaction 5/5");
            b.screenshot("console");
        }
    }

    @Test
    void the_widget_fits_a_phone_screen() throws Exception {
        assumeTrue(Browser.available(), "chromium and chromedriver are not installed (.ci/setup.d/20-chromium.sh)");
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null); Browser b = new Browser(390, 844)) {
            b.driver.get(s.url() + "/?bot=agence-web");
            b.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".cpt-chip"), 0));
            WebElement panel = b.driver.findElement(By.cssSelector(".cpt-panel"));
            assertThat(panel.getSize().getWidth()).isLessThanOrEqualTo(390);
            assertThat(b.driver.findElement(By.cssSelector(".cpt-input")).isDisplayed()).isTrue();
            click(b, "Site vitrine");
            b.screenshot("widget-phone");
        }
    }

    /** Types a message, sends it with Enter and waits for the bot's answer. */
    static void say(Browser b, String text) {
        int before = botMessages(b);
        WebElement input = b.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".cpt-input")));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        waitAnswer(b, before);
    }

    /** Clicks a quick-reply button and waits for the bot's answer. */
    static void click(Browser b, String label) {
        int before = botMessages(b);
        // The log scrolls smoothly and re-renders: Browser.click waits, centres, retries and falls back to a JS click.
        b.click(() -> b.driver.findElements(By.cssSelector(".cpt-chip")).stream()
                .filter(c -> c.getText().equals(label)).findFirst().orElse(null));
        waitAnswer(b, before);
    }

    static int botMessages(Browser b) { return b.driver.findElements(By.cssSelector(".cpt-msg.cpt-bot")).size(); }

    static void waitAnswer(Browser b, int before) {
        b.waiting().until(d -> botMessages(b) > before && d.findElements(By.cssSelector(".cpt-typing")).isEmpty());
    }
}
