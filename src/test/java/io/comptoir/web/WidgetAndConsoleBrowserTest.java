package io.comptoir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
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
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null); Browser b = new Browser(1280, 860)) {
            b.driver.get(s.url() + "/?bot=agence-web");
            b.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".cpt-chip"), 0));
            assertThat(b.driver.findElement(By.cssSelector(".cpt-panel")).getAttribute("aria-label")).contains("Bot agence-web");

            b.driver.findElements(By.cssSelector(".cpt-chip")).get(0).click();
            waitBotMessages(b, 3);
            type(b, XSS);
            waitBotMessages(b, 4);
            List<WebElement> client = b.driver.findElements(By.cssSelector(".cpt-msg.cpt-client"));
            assertThat(client.get(client.size() - 1).getText()).isEqualTo(XSS);
            assertThat(b.driver.findElements(By.cssSelector(".cpt-log img"))).isEmpty();
            type(b, "claire@exemple.fr");
            waitBotMessages(b, 5);
            b.screenshot("widget-conversation");

            // Reload: the widget reconnects to the same conversation with its stored token.
            b.driver.navigate().refresh();
            b.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cpt-msg"), 8));
            b.driver.findElements(By.cssSelector(".cpt-chip")).stream().filter(c -> c.getText().equals("Oui"))
                    .findFirst().orElseThrow().click();
            WebElement five = b.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".cpt-star[aria-label$='5/5']")));
            b.screenshot("widget-satisfaction");
            five.click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cpt-log"), "Merci pour votre avis"));
            b.screenshot("widget");

            b.driver.get(s.url() + "/console");
            b.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("key"))).sendKeys(TestServer.INTERNAL_KEY, Keys.ENTER);
            b.waiting().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#rows tr[data-id]"), 0));
            assertThat(b.driver.findElement(By.cssSelector("a[href='/console/dashboard']")).getText()).isEqualTo("Tableau de bord");
            b.screenshot("console-list");
            b.driver.findElement(By.cssSelector("#rows tr[data-id]")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("note"), "claire@exemple.fr"));
            assertThat(b.driver.findElement(By.id("note")).getText()).contains("SQL");
            List<WebElement> bubbles = b.driver.findElements(By.cssSelector("#transcript .bubble.client"));
            assertThat(bubbles).anySatisfy(e -> assertThat(e.getText()).startsWith(XSS));
            assertThat(b.driver.findElements(By.cssSelector("#transcript img"))).isEmpty();
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
            b.screenshot("widget-phone");
        }
    }

    static void type(Browser b, String text) {
        WebElement input = b.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".cpt-input")));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    static void waitBotMessages(Browser b, int n) {
        b.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cpt-msg.cpt-bot"), n));
    }
}
