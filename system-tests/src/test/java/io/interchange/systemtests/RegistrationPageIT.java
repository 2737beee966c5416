package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The public registration page in a real browser (Debian's Chromium, headless, driven by
 * ChromeDriver): a person registers and sees the confirmation, a declined card is explained on
 * the page, and wrong fields are named next to them while what was typed stays.
 */
class RegistrationPageIT extends DeployedPlatform {

    private static WebDriver browser;

    private final Simulators simulators = new Simulators();
    private final Registrations registrations = new Registrations(interchange, simulators);

    @BeforeAll
    static void openBrowser() throws Exception {
        String chromium = System.getProperty("chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
        boolean installed = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
        // On a developer's machine without a browser the test is skipped, saying so; CI installs it (.ci/run).
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "no Chromium: apt-get install chromium chromium-driver to run the browser test");
        }
        assertThat(installed).as("Chromium at %s and ChromeDriver at %s", chromium, chromedriver).isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // without the background-networking flags Chromium keeps calling Google's hosts, refused here
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonRegistersWithTheApprovedCardAndSeesTheConfirmation() {
        String email = Registrations.uniqueEmail();
        openPage();
        fillIn(email, Registrations.APPROVED);
        browser.findElement(By.id("registration:register")).click();

        await().atMost(Duration.ofSeconds(30)).until(() -> browser.getCurrentUrl().contains("registered.xhtml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You are registered");
        String number = browser.findElement(By.id("registration-number")).getText();
        assertThat(number).matches("REG-[A-Z2-9]{8}");
        // the address is masked: the page is reachable by anyone who knows the number
        assertThat(browser.getPageSource()).contains("Integrate Europe").contains("EUR 250.00")
                .contains("a***" + email.substring(email.indexOf('@'))).doesNotContain(email)
                .doesNotContain(Registrations.APPROVED);

        await().atMost(Duration.ofSeconds(60)).until(() -> registrations.isComplete(number));
        assertThat(registrations.mails(email)).hasSize(1);
    }

    @Test
    void aDeclinedCardIsExplainedOnThePageWhichKeepsWhatWasTypedButNotTheCard() {
        String email = Registrations.uniqueEmail();
        openPage();
        fillIn(email, Registrations.DECLINED);
        browser.findElement(By.id("registration:register")).click();

        await().atMost(Duration.ofSeconds(30)).until(() -> browser.getPageSource().contains("Payment declined"));
        assertThat(browser.findElement(By.className("errors")).getText())
                .contains("declined").contains("You have not been charged");
        assertThat(value("registration:email")).isEqualTo(email);
        assertThat(value("registration:firstName")).isEqualTo("Ada");
        assertThat(value("registration:cardNumber")).isEmpty();
        assertThat(value("registration:securityCode")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(Registrations.DECLINED);
        assertThat(browser.getCurrentUrl()).doesNotContain("registered.xhtml");
        assertThat(registrations.mails(email)).isEmpty();
    }

    @Test
    void wrongFieldsAreNamedNextToThemAndNothingIsCharged() {
        String email = Registrations.uniqueEmail();
        openPage();
        fillIn(email, Registrations.APPROVED);
        type("registration:lastName", "");
        type("registration:expiry", "12/30");
        browser.findElement(By.id("registration:register")).click();

        await().atMost(Duration.ofSeconds(30)).until(() -> browser.getPageSource().contains("enter the last name"));
        assertThat(browser.getPageSource()).contains("use the form YYYY-MM");
        assertThat(value("registration:firstName")).isEqualTo("Ada");
        assertThat(value("registration:city")).isEqualTo("Amsterdam");
        assertThat(value("registration:expiry")).isEqualTo("12/30");
        assertThat(browser.getCurrentUrl()).doesNotContain("registered.xhtml");
        assertThat(registrations.mails(email)).isEmpty();
    }

    private void openPage() {
        browser.get(interchange.baseUrl + "/register.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Register for an event");
    }

    private void fillIn(String email, String card) {
        browser.findElement(By.cssSelector("option[value='" + Registrations.EVENT + "/STANDARD']")).click();
        type("registration:firstName", "Ada");
        type("registration:lastName", "Lovelace");
        type("registration:email", email);
        type("registration:billingName", "Ada Lovelace");
        type("registration:street", "Kingstraat 1");
        type("registration:postalCode", "1011 AB");
        type("registration:city", "Amsterdam");
        type("registration:country", "NL");
        type("registration:cardHolder", "Ada Lovelace");
        type("registration:cardNumber", card);
        type("registration:expiry", "2030-12");
        type("registration:securityCode", "123");
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }
}
