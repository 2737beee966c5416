package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.OPS_KEY;
import static io.interchange.systemtests.Interchange.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The operators' console in a real browser (Chromium, as {@link RegistrationPageIT}): log in as
 * the demo admin, see the overview, find an order's story, resubmit a failed message, take a
 * system offline and online, fix a payload (refused while it is not JSON), send a manual message to
 * a catalog operation (refused next to the field while it breaks the input schema), acknowledge an
 * alert with a note (refused next to the field without one), each action audited with the person's
 * name; see a registration's steps, a failed one linking to its errors-queue entry; a viewer sees no
 * action and a forged action is refused; a wrong password is refused; logout ends the session, and a
 * form sent after the session is gone leads to the login page with nothing done. Journeys: a whole
 * failure group resubmitted with each message's outcome; an order found by its ERP sales order number
 * with the shop's and the ERP's hops; the overview's figures moving with traffic without a reload; a
 * maintenance window set on the systems page parking an order's ERP delivery until it is ended.
 */
class ConsoleIT extends DeployedPlatform {

    /** The run script's demo and test profiles create this first admin. */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "interchange-demo";
    private static final Duration PAGE = Duration.ofSeconds(30);

    private static final Path CATALOG = Path.of(System.getProperty("interchange.root", ".."), ".runtime/test/catalog");

    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        String chromium = System.getProperty("chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
        boolean installed = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "no Chromium: apt-get install chromium chromium-driver to run the browser test");
        }
        assertThat(installed).as("Chromium at %s and ChromeDriver at %s", chromium, chromedriver).isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(chromedriver).toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdminLogsInSeesTheOverviewAndLogsOut() {
        browser.manage().deleteAllCookies();
        browser.get(interchange.baseUrl + "/");
        await().atMost(PAGE).until(() -> browser.findElements(By.id("login:name")).size() == 1);
        String sessionBeforeLogin = sessionId();
        logIn(ADMIN, ADMIN_PASSWORD);

        await().atMost(PAGE).until(() -> browser.findElements(By.id("failures")).size() == 1);
        assertThat(sessionBeforeLogin).as("the login page's session").isNotNull();
        assertThat(sessionId()).as("the session id after the login").isNotNull().isNotEqualTo(sessionBeforeLogin);
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo(ADMIN);
        assertThat(browser.findElement(By.id("failures")).getAttribute("href")).endsWith("/console/errors.xhtml");
        assertThat(browser.findElements(By.id("live:traffic"))).hasSize(1);
        assertThat(browser.findElement(By.id("live:backlog")).getText()).contains("erp");

        browser.findElement(By.id("session:logout")).click();
        await().atMost(PAGE).until(() -> browser.getCurrentUrl().contains("login.xhtml?loggedOut"));
        browser.get(interchange.baseUrl + "/console/systems.xhtml");
        await().atMost(PAGE).until(() -> browser.findElements(By.id("login:name")).size() == 1);
        assertThat(browser.getPageSource()).doesNotContain("Take offline");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        browser.manage().deleteAllCookies();
        browser.get(interchange.baseUrl + "/login.xhtml");
        logIn(ADMIN, "not-the-password");

        await().atMost(PAGE).until(() -> browser.getPageSource().contains("The user name or the password is wrong."));
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.findElements(By.id("who"))).isEmpty();
    }

    @Test
    void anOrderIsFoundByItsIdOnTheTrackingPage() {
        String eventId = Interchange.newId();
        String orderId = "console-order-" + System.nanoTime();
        assertThat(interchange.postStructured(Interchange.orderCreated(eventId, orderId)).statusCode()).isEqualTo(202);
        logInAsAdmin();

        for (String key : List.of(orderId, eventId)) {
            browser.get(interchange.baseUrl + "/console/tracking.xhtml");
            type("key", key);
            browser.findElement(By.id("find")).click();
            await().atMost(PAGE).until(() -> browser.findElements(By.id("timeline")).size() == 1);
            assertThat(browser.findElement(By.id("timeline")).getText()).as(key)
                    .contains("RECEIVED").contains("ecp.order.created").contains(eventId);
        }
    }

    @Test
    void anOperatorResubmitsAFailedMessageFromTheErrorsQueueAndTheAuditNamesThem() {
        String orderId = "no-such-order-" + System.nanoTime();
        assertThat(interchange.postStructured(Interchange.orderCreated(Interchange.newId(), orderId)).statusCode())
                .isEqualTo(202);
        long id = awaitFailed(orderId);
        logInAsAdmin();

        browser.get(interchange.baseUrl + "/console/errors.xhtml");
        List<WebElement> rows = browser.findElements(By.cssSelector("tr[data-rk='" + id + "']"));
        assertThat(rows).as(browser.getPageSource()).hasSize(1);
        WebElement row = rows.get(0);
        assertThat(row.findElements(By.cssSelector(".ui-selection-column .ui-chkbox-box"))).as(row.getAttribute("outerHTML"))
                .hasSize(1);
        row.findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
        type("errors:note", "fixed by the console test");
        browser.findElement(By.id("errors:resubmit")).click();

        await().atMost(PAGE).until(() -> browser.findElements(By.id("errors:outcomes")).size() == 1);
        assertThat(browser.findElement(By.id("errors:outcomes")).getText()).contains(Long.toString(id))
                .contains("resubmitted as");
        JsonNode failed = json(interchange.get("/api/v1/operations/failed/" + id, OPS_KEY).body());
        assertThat(failed.path("status").asText()).isEqualTo("RESUBMITTED");
        assertThat(audit()).anySatisfy(entry -> {
            assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
            assertThat(entry.path("action").asText()).isEqualTo("RESUBMITTED");
            assertThat(entry.path("failedMessageId").asLong()).isEqualTo(id);
        });

        browser.get(interchange.baseUrl + "/console/audit.xhtml?who=" + ADMIN + "&action=RESUBMITTED");
        assertThat(browser.findElement(By.id("entries")).getText()).contains(ADMIN).contains("fixed by the console test");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedNextToTheFieldAndAValidOneIsSaved() {
        String orderId = "no-such-order-" + System.nanoTime();
        assertThat(interchange.postStructured(Interchange.orderCreated(Interchange.newId(), orderId)).statusCode())
                .isEqualTo(202);
        long id = awaitFailed(orderId);
        logInAsAdmin();

        browser.get(interchange.baseUrl + "/console/message.xhtml?id=" + id);
        assertThat(payloadInEditor()).contains(orderId);
        editPayload("{\"orderId\": ");
        browser.findElement(By.id("detail:save")).click();
        await().atMost(PAGE).until(() -> browser.getPageSource().contains("not valid JSON"));
        assertThat(audit()).noneSatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("PAYLOAD_EDITED");
            assertThat(entry.path("failedMessageId").asLong()).isEqualTo(id);
        });

        // the refused text is still in the editor, which the ajax update rendered anew
        assertThat(payloadInEditor()).isEqualTo("{\"orderId\": ");
        editPayload("{\"orderId\": \"" + orderId + "\", \"fixed\": true}");
        browser.findElement(By.id("detail:save")).click();
        await().atMost(PAGE).until(() -> browser.getPageSource().contains("The payload is saved"));
        assertThat(audit()).anySatisfy(entry -> {
            assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
            assertThat(entry.path("action").asText()).isEqualTo("PAYLOAD_EDITED");
            assertThat(entry.path("failedMessageId").asLong()).isEqualTo(id);
        });
    }

    @Test
    void anOperatorTakesASystemOfflineWithAReasonAndBringsItBackOnline() {
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/console/systems.xhtml");
        int row = rowOf("erp");

        browser.findElement(By.id("systems:table:" + row + ":offline")).click();
        await().atMost(PAGE).until(() -> browser.getPageSource().contains("enter why it goes offline"));
        assertThat(status("erp")).isEqualTo("ONLINE");

        type("systems:table:" + row + ":reason", "console test: ERP maintenance");
        browser.findElement(By.id("systems:table:" + row + ":offline")).click();
        await().atMost(PAGE).until(() -> "OFFLINE".equals(status("erp")));
        assertThat(browser.findElement(By.id("systems:table:" + row + ":status")).getText()).isEqualTo("OFFLINE");

        browser.findElement(By.id("systems:table:" + row + ":online")).click();
        await().atMost(PAGE).until(() -> "ONLINE".equals(status("erp")));
        assertThat(audit()).anySatisfy(entry -> {
            assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
            assertThat(entry.path("action").asText()).isEqualTo("SYSTEM_STATUS_CHANGED");
            assertThat(entry.path("after").asText()).startsWith("erp: OFFLINE");
        });
    }

    @Test
    void anOperatorSendsAManualMessageFromTheFormAndItIsDeliveredAndAudited() {
        String email = "console-" + System.nanoTime() + "@example.org";
        String note = "console test: the customer asked, " + System.nanoTime();
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/index.xhtml");
        browser.findElement(By.id("nav-manual")).click();
        chooseOperation("crm", "upsert-contact");
        assertThat(browser.findElement(By.id("endpoint")).getText()).isEqualTo("PUT /contacts/{customerId}");
        assertThat(browser.findElement(By.cssSelector("[data-field='order']")).getText()).contains("*");

        typeInto(manualField("order"), "{\"number\": \"C-1\", \"customer\": {\"email\": \"" + email
                + "\", \"firstName\": \"Ada\"}}");
        type("manual:note", note);
        browser.findElement(By.id("manual:send")).click();

        await().atMost(PAGE).until(() -> browser.findElements(By.id("manual:tracking")).size() == 1);
        String said = browser.findElement(By.id("manual:messages")).getText();
        Matcher sent = Pattern.compile("as message ([0-9a-f-]{36})").matcher(said);
        assertThat(sent.find()).as(said).isTrue();
        String messageId = sent.group(1);
        assertThat(browser.findElement(By.id("manual:tracking")).getAttribute("href"))
                .endsWith("/console/tracking.xhtml?key=" + messageId);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> interchange.count(messageId, "DELIVERED", "crm/upsert-contact") >= 1);
        List<JsonNode> latest = new ArrayList<>();
        json(interchange.get("/api/v1/operations/audit?limit=20", OPS_KEY).body()).path("entries").forEach(latest::add);
        assertThat(latest).anySatisfy(entry -> {
            assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
            assertThat(entry.path("action").asText()).isEqualTo("MANUAL_MESSAGE_SENT");
            assertThat(entry.path("messageId").asText()).isEqualTo(messageId);
            assertThat(entry.path("note").asText()).isEqualTo(note);
        });
    }

    @Test
    void aManualMessageBreakingTheInputSchemaIsRefusedNextToItsFieldAndNothingIsSent() {
        String input = "{\"number\": \"C-2\", \"customer\": {\"firstName\": \"No Email\"}}";
        String note = "console test: no email, " + System.nanoTime();
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/console/manual.xhtml");
        chooseOperation("crm", "upsert-contact");
        typeInto(manualField("order"), input);
        type("manual:note", note);
        browser.findElement(By.id("manual:send")).click();

        await().atMost(PAGE).until(() -> browser.findElements(By.cssSelector("[data-field='order'] .field-error"))
                .size() == 1);
        assertThat(browser.findElement(By.cssSelector("[data-field='order'] .field-error")).getText())
                .contains("order.customer.email");
        assertThat(manualField("order").getAttribute("value")).as("what was typed is kept").isEqualTo(input);
        assertThat(browser.findElement(By.id("manual:note")).getAttribute("value")).isEqualTo(note);
        assertThat(browser.findElements(By.id("manual:tracking"))).isEmpty();
        assertThat(audit()).noneSatisfy(entry -> assertThat(entry.path("note").asText()).isEqualTo(note));
    }

    @Test
    void aViewerSeesNoActionsAndAForgedActionIsRefused() throws Exception {
        String viewer = "viewer" + System.nanoTime() % 1_000_000;
        String password = "viewer-password-" + System.nanoTime();
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/console/users.xhtml");
        type("add:name", viewer);
        type("add:password", "short");
        browser.findElement(By.id("add:submit")).click();
        await().atMost(PAGE).until(() -> browser.getPageSource().contains("use at least 12 characters"));
        type("add:name", viewer);
        type("add:password", password);
        browser.findElement(By.id("add:submit")).click();
        await().atMost(PAGE).until(() -> browser.findElement(By.id("users:list")).getText().contains(viewer));

        freshLogIn(viewer, password);
        browser.get(interchange.baseUrl + "/console/systems.xhtml");
        assertThat(browser.findElements(By.cssSelector("[id$=':offline']"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("[id$=':online']"))).isEmpty();
        assertThat(browser.findElements(By.id("maintenance:schedule"))).isEmpty();
        browser.get(interchange.baseUrl + "/console/errors.xhtml");
        assertThat(browser.findElements(By.id("errors:resubmit"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".ui-selection-column"))).isEmpty();
        browser.get(interchange.baseUrl + "/console/users.xhtml");
        assertThat(browser.findElements(By.id("add:submit"))).isEmpty();
        browser.get(interchange.baseUrl + "/console/manual.xhtml");
        chooseOperation("crm", "upsert-contact");
        assertThat(browser.findElements(By.id("manual:send"))).isEmpty();
        assertThat(browser.findElements(By.id("manual:readOnly"))).hasSize(1);

        // an open alert of its own (a catalog file that does not read), shown to the viewer without an action
        String system = "console-viewer-alert-" + System.nanoTime();
        Path broken = CATALOG.resolve(system + ".yaml");
        Files.writeString(broken, "system: " + system + "\nname: refused on purpose by ConsoleIT\n");
        try {
            long alertId = await().atMost(PAGE).pollInterval(Duration.ofMillis(500))
                    .until(() -> alert("CATALOG_REFUSED|" + system + ".yaml"), Optional::isPresent).get()
                    .path("id").asLong();
            browser.get(interchange.baseUrl + "/console/alerts.xhtml");
            int alertRow = alertRow(alertId);
            assertThat(browser.findElements(By.cssSelector("[id$=':acknowledge']"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("[id$=':note']"))).isEmpty();
            String forgedAcknowledgement = "const f = document.createElement('form'); f.method = 'post';"
                    + "f.action = location.pathname; const add = (n, v) => { const i = document.createElement('input');"
                    + "i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); };"
                    + "add('alerts', 'alerts'); add('alerts:table:" + alertRow + ":note', 'forged');"
                    + "add('alerts:table:" + alertRow + ":acknowledge', '');"
                    + "add('jakarta.faces.ViewState', document.querySelector(\"input[name='jakarta.faces.ViewState']\").value);"
                    + "document.body.appendChild(f); f.submit();";
            ((JavascriptExecutor) browser).executeScript(forgedAcknowledgement);
            await().atMost(PAGE).until(() -> ((JavascriptExecutor) browser)
                    .executeScript("return document.readyState").equals("complete"));
            assertThat(alert("CATALOG_REFUSED|" + system + ".yaml").get().path("status").asText()).isEqualTo("OPEN");
        } finally {
            Files.deleteIfExists(broken);
        }

        // an operator's form, sent by hand from the viewer's session
        browser.get(interchange.baseUrl + "/console/systems.xhtml");
        int row = rowOf("erp");
        String forged = "const f = document.createElement('form'); f.method = 'post';"
                + "f.action = location.pathname; const add = (n, v) => { const i = document.createElement('input');"
                + "i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); };"
                + "add('systems', 'systems'); add('systems:table:" + row + ":reason', 'forged');"
                + "add('systems:table:" + row + ":offline', '');"
                + "add('jakarta.faces.ViewState', document.querySelector(\"input[name='jakarta.faces.ViewState']\").value);"
                + "document.body.appendChild(f); f.submit();";
        ((JavascriptExecutor) browser).executeScript(forged);
        await().atMost(PAGE).until(() -> ((JavascriptExecutor) browser)
                .executeScript("return document.readyState").equals("complete"));
        assertThat(status("erp")).isEqualTo("ONLINE");

        // the maintenance form, which the viewer's page does not have, sent by hand
        browser.get(interchange.baseUrl + "/console/systems.xhtml");
        String until = LocalDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        String forgedWindow = "const f = document.createElement('form'); f.method = 'post';"
                + "f.action = location.pathname; const add = (n, v) => { const i = document.createElement('input');"
                + "i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); };"
                + "add('maintenance', 'maintenance'); add('maintenance:system', 'erp'); add('maintenance:from', '');"
                + "add('maintenance:to', '" + until + "'); add('maintenance:zone', 'UTC');"
                + "add('maintenance:reason', 'forged'); add('maintenance:schedule', '');"
                + "add('jakarta.faces.ViewState', document.querySelector(\"input[name='jakarta.faces.ViewState']\").value);"
                + "document.body.appendChild(f); f.submit();";
        ((JavascriptExecutor) browser).executeScript(forgedWindow);
        await().atMost(PAGE).until(() -> ((JavascriptExecutor) browser)
                .executeScript("return document.readyState").equals("complete"));
        assertThat(status("erp")).isEqualTo("ONLINE");
        assertThat(audit()).noneSatisfy(entry -> assertThat(entry.path("who").asText()).isEqualTo(viewer));
        assertThat(audit()).anySatisfy(entry -> {
            assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
            assertThat(entry.path("action").asText()).isEqualTo("USER_ADDED");
            assertThat(entry.path("note").asText()).isEqualTo("user " + viewer);
        });
    }

    @Test
    void anOperatorAcknowledgesAnAlertWithANoteAndTheAuditNamesThem() throws Exception {
        // a catalog file that does not read raises a CATALOG_REFUSED alert of its own, as CatalogIT shows
        String system = "console-alert-" + System.nanoTime();
        Path broken = CATALOG.resolve(system + ".yaml");
        Files.writeString(broken, "system: " + system + "\nname: refused on purpose by ConsoleIT\n");
        try {
            long id = await().atMost(PAGE).pollInterval(Duration.ofMillis(500))
                    .until(() -> alert("CATALOG_REFUSED|" + system + ".yaml"), Optional::isPresent).get()
                    .path("id").asLong();
            String note = "console test: Ada fixes the file, " + System.nanoTime();
            logInAsAdmin();
            browser.findElement(By.id("nav-alerts")).click();
            await().atMost(PAGE).until(() -> browser.findElements(By.id("alerts:table")).size() == 1);
            int row = alertRow(id);
            assertThat(browser.findElement(By.id("alerts:table")).getText()).contains(system + ".yaml")
                    .contains("CATALOG_REFUSED").contains("HIGH");

            browser.findElement(By.id("alerts:table:" + row + ":acknowledge")).click();
            await().atMost(PAGE).until(() -> browser.findElements(By.id("alerts:table:" + row + ":noteError")).size() == 1);
            assertThat(browser.findElement(By.id("alerts:table:" + row + ":noteError")).getText())
                    .isEqualTo("enter a note: who is on it and what they are doing");
            assertThat(alert("CATALOG_REFUSED|" + system + ".yaml").get().path("status").asText()).isEqualTo("OPEN");

            type("alerts:table:" + row + ":note", note);
            browser.findElement(By.id("alerts:table:" + row + ":acknowledge")).click();
            await().atMost(PAGE).until(() -> "ACKNOWLEDGED".equals(alert("CATALOG_REFUSED|" + system + ".yaml").get()
                    .path("status").asText()));
            JsonNode acknowledged = alert("CATALOG_REFUSED|" + system + ".yaml").get();
            assertThat(acknowledged.path("acknowledgedBy").asText()).isEqualTo(ADMIN);
            assertThat(acknowledged.path("acknowledgedNote").asText()).isEqualTo(note);
            assertThat(browser.findElement(By.id("alerts:messages")).getText())
                    .contains("Alert " + id + " is ACKNOWLEDGED by " + ADMIN);
            assertThat(audit()).filteredOn(entry -> entry.path("action").asText().equals("ALERT_ACKNOWLEDGED")
                    && entry.path("after").asText().equals("alert " + id + ": ACKNOWLEDGED")).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
                        assertThat(entry.path("before").asText()).isEqualTo("alert " + id + ": OPEN");
                        assertThat(entry.path("note").asText()).contains(note);
                    });

            ((JavascriptExecutor) browser).executeScript("PF('widget_alerts_status').selectValue('ACKNOWLEDGED');");
            browser.findElement(By.id("alerts:filter")).click();
            await().atMost(PAGE).ignoreExceptions().until(() -> alertRow(id) >= 0);
            assertThat(browser.findElement(By.id("alerts:table")).getText()).contains(note);
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    @Test
    void theRegistrationsPageShowsARegistrationsStepsAndAFailedStepLinksToTheErrorsQueue() {
        Simulators simulators = new Simulators();
        Registrations registrations = new Registrations(interchange, simulators);
        simulators.fault("mailchimp", "{\"errorRate\":1.0,\"errorStatus\":400}");
        try {
            HttpResponse<String> answer = registrations.register(Registrations.form(Registrations.uniqueEmail(),
                    Registrations.APPROVED), null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            String id = json(answer.body()).get("registrationId").asText();
            // a 400 from the mailing list is permanent: that step waits in the errors queue, the others are done
            long failedId = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
                JsonNode failed = json(interchange.get("/api/v1/operations/failed?status=OPEN&businessKey=" + id,
                        OPS_KEY).body()).path("failed");
                return failed.size() == 1 ? failed.get(0).path("id").asLong() : -1L;
            }, found -> found > 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> registrations.status(id).path("emailed").asBoolean()
                    && registrations.status(id).path("saved").asBoolean());

            logInAsAdmin();
            browser.findElement(By.id("nav-registrations")).click();
            await().atMost(PAGE).until(() -> browser.findElements(By.id("registrations:table")).size() == 1);
            List<WebElement> rows = browser.findElements(By.xpath("//tr[.//a[@class='registration-id' and normalize-space()='"
                    + id + "']]"));
            assertThat(rows).as("the newest registration is on the first page: %s", browser.getPageSource()).hasSize(1);
            WebElement row = rows.get(0);
            assertThat(row.getText()).contains("Integrate Europe").contains("EUR 250.00").contains("PAID");
            assertThat(row.findElement(By.cssSelector(".step-save")).getText()).startsWith("DONE");
            assertThat(row.findElement(By.cssSelector(".step-email")).getText()).startsWith("DONE");
            assertThat(row.getText()).doesNotContain(Registrations.APPROVED);
            WebElement failedStep = row.findElement(By.cssSelector(".step-mailing-list a.failed-step"));
            assertThat(failedStep.getAttribute("href")).endsWith("/console/message.xhtml?id=" + failedId);

            failedStep.click();
            await().atMost(PAGE).until(() -> browser.findElements(By.id("envelope")).size() == 1);
            assertThat(browser.findElement(By.id("envelope")).getText()).contains("registration.mailing-list")
                    .contains(id);
        } finally {
            simulators.clearFaults();
        }
    }

    @Test
    void aSessionThatIsGoneLeadsToTheLoginPageAndNothingIsDone() {
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/console/systems.xhtml");
        int row = rowOf("erp");
        browser.manage().deleteCookieNamed("JSESSIONID");

        type("systems:table:" + row + ":reason", "console test: sent after the session ended");
        browser.findElement(By.id("systems:table:" + row + ":offline")).click();

        await().atMost(PAGE).until(() -> browser.findElements(By.id("login:name")).size() == 1);
        assertThat(browser.findElement(By.id("sessionEnded")).getText()).contains("what you sent was not done");
        assertThat(browser.findElements(By.id("who"))).isEmpty();
        assertThat(status("erp")).isEqualTo("ONLINE");

        logIn(ADMIN, ADMIN_PASSWORD);
        await().atMost(PAGE).until(() -> browser.findElements(By.id("who")).size() == 1);
        assertThat(status("erp")).as("the form sent without a session is not replayed by the login").isEqualTo("ONLINE");
        assertThat(audit()).noneSatisfy(entry -> assertThat(entry.path("reason").asText() + entry.path("after")
                .asText() + entry.path("note").asText()).contains("sent after the session ended"));
    }

    @Test
    void anOperatorResubmitsAWholeFailureGroupAndSeesEachMessagesOutcome() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String orderId = "no-such-order-" + System.nanoTime();
            assertThat(interchange.postStructured(Interchange.orderCreated(Interchange.newId(), orderId)).statusCode())
                    .isEqualTo(202);
            ids.add(awaitFailed(orderId));
        }
        String group = failed(ids.get(0)).path("group").asText();
        assertThat(failed(ids.get(1)).path("group").asText()).as("one failure group").isEqualTo(group);
        String note = "console test: the whole group, " + System.nanoTime();
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/console/errors.xhtml");

        type("errors:note", note);
        groupRow(group).findElement(By.cssSelector("button.resubmit-group")).click();

        await().atMost(PAGE).until(() -> browser.findElements(By.id("errors:outcomes")).size() == 1);
        List<WebElement> outcomes = browser.findElements(By.cssSelector("[id='errors:outcomes_data'] > tr"));
        for (long id : ids) {
            assertThat(outcomes).as("the outcome of %s", id).anySatisfy(row -> assertThat(row.getText())
                    .startsWith(Long.toString(id)).contains("resubmitted as"));
            assertThat(failed(id).path("status").asText()).isEqualTo("RESUBMITTED");
            assertThat(auditOf(id)).anySatisfy(entry -> {
                assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
                assertThat(entry.path("action").asText()).isEqualTo("RESUBMITTED");
                assertThat(entry.path("note").asText()).contains(note);
            });
        }
        assertThat(browser.findElement(By.id("errors:messages")).getText()).contains("done");

        // the first one's lineage: an original, resubmitted as a new message that failed again (the order is still
        // unknown), each linking to its timeline or its page, and the new failure links back
        long first = ids.get(0);
        String resubmittedAs = failed(first).path("lineage").path("resubmits").get(0).path("messageId").asText();
        long again = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> failed(first).path("lineage").path("resubmits").get(0).path("failedAgainAs")
                        .path(0).asLong(-1), found -> found > 0);
        browser.get(interchange.baseUrl + "/console/message.xhtml?id=" + first);
        WebElement lineage = browser.findElement(By.id("lineage"));
        assertThat(lineage.getText()).contains("An original").contains("Resubmitted as " + resubmittedAs)
                .contains("by " + ADMIN);
        assertThat(lineage.findElement(By.cssSelector("a.resubmitted-as")).getAttribute("href"))
                .endsWith("/console/tracking.xhtml?key=" + resubmittedAs);
        lineage.findElement(By.cssSelector("a.failed-again")).click();
        await().atMost(PAGE).until(() -> browser.getCurrentUrl().endsWith("/console/message.xhtml?id=" + again));
        assertThat(browser.findElement(By.id("resubmitOf")).getAttribute("href"))
                .endsWith("/console/message.xhtml?id=" + first);
    }

    @Test
    void anOrderIsFoundByItsErpSalesOrderNumberWithTheShopsAndTheErpsHops() {
        Simulators simulators = new Simulators();
        Simulators.PlacedOrder order = simulators.placeOrder();
        JsonNode salesOrder = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> simulators.salesOrders(order.number()), found -> found.size() == 1).get(0);
        String erpNumber = salesOrder.path("number").asText();
        String erpId = salesOrder.path("id").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> simulators.shopOrder(order.orderId()).path("erpReference").isObject());
        // the ERP's change notification is journalled under the ERP's own sales order id
        simulators.advance(erpId);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> interchange.timeline(erpId).stream()
                        .anyMatch(hop -> "erp.salesorder.changed".equals(hop.path("type").asText())));
        logInAsAdmin();

        // the shop's order id gives the ERP's hops too, which the journal keeps under the ERP's id
        browser.get(interchange.baseUrl + "/console/tracking.xhtml?key=" + order.orderId());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ecp.order.created")
                .contains("erp.salesorder.changed");

        browser.get(interchange.baseUrl + "/console/tracking.xhtml");
        type("key", erpNumber);
        browser.findElement(By.id("find")).click();
        await().atMost(PAGE).until(() -> browser.getCurrentUrl().endsWith("/console/tracking.xhtml?key=" + erpNumber));
        // the hub records the ERP's number when it links the order, a moment after the shop has it
        await().atMost(PAGE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("interchange.salesorder.linked")
                    .contains("interchange.erp.order.changed");
        });
        String story = browser.findElement(By.id("timeline")).getText();
        assertThat(story).as("the shop's hops").contains("ecp.order.created").contains(order.eventId())
                .contains("interchange.order.placed");
        assertThat(story).as("the ERP's hops").contains("interchange.salesorder.linked")
                .contains("erp.salesorder.changed").contains("interchange.erp.order.changed");
    }

    @Test
    void theOverviewsFiguresChangeWhileOrdersFlowWithoutReloadingThePage() {
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/index.xhtml");
        await().atMost(PAGE).until(() -> browser.findElements(By.cssSelector("#eventsIn b")).size() == 1);
        // gone if the page were loaded again: the figure must come from the page's own poll
        ((JavascriptExecutor) browser).executeScript("window.consoleTestMarker = 'the same page';");
        long eventsBefore = figure("eventsIn");
        long consumedBefore = figure("deliveriesOut");

        new Simulators().placeOrders(3);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> figure("eventsIn") > eventsBefore && figure("deliveriesOut") > consumedBefore);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.consoleTestMarker"))
                .isEqualTo("the same page");
    }

    @Test
    void aMaintenanceWindowSetOnTheSystemsPageParksAnOrdersErpDeliveryUntilItIsEnded() {
        Simulators simulators = new Simulators();
        logInAsAdmin();
        browser.get(interchange.baseUrl + "/console/systems.xhtml");
        assertThat(browser.findElement(By.id("systems:table")).getText()).as("what the catalog says")
                .contains("crm.yaml").contains("upsert-contact")
                .contains("not in the catalog: configured in the platform's settings");

        // bad input: each problem next to its field, nothing changed
        LocalDateTime utcNow = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        option("maintenance:system", "erp").click();
        setValue("maintenance:from", utcNow.toString());
        setValue("maintenance:to", utcNow.minusHours(1).toString());
        browser.findElement(By.id("maintenance:schedule")).click();
        await().atMost(PAGE).until(() -> browser.findElements(By.id("maintenance:toError")).size() == 1);
        assertThat(browser.findElement(By.id("maintenance:toError")).getText()).isEqualTo("the end is before the start");
        assertThat(browser.findElement(By.id("maintenance:reasonError")).getText())
                .isEqualTo("enter why it goes into maintenance");
        setValue("maintenance:from", utcNow.minusHours(3).toString());
        setValue("maintenance:to", utcNow.minusHours(2).toString());
        type("maintenance:reason", "console test: ERP upgrade");
        browser.findElement(By.id("maintenance:schedule")).click();
        await().atMost(PAGE).until(() -> browser.findElements(By.id("maintenance:toError")).size() == 1
                && browser.findElement(By.id("maintenance:toError")).getText().equals("the end is in the past"));
        assertThat(status("erp")).isEqualTo("ONLINE");

        // scheduled to start in an hour: the ERP stays online, the table says so, and it can be cancelled
        LocalDateTime later = utcNow.plusHours(1);
        Instant laterFrom = later.toInstant(ZoneOffset.UTC);
        Instant laterTo = later.plusHours(1).toInstant(ZoneOffset.UTC);
        option("maintenance:system", "erp").click();
        option("maintenance:zone", "UTC").click();
        setValue("maintenance:from", later.toString());
        setValue("maintenance:to", later.plusHours(1).toString());
        type("maintenance:reason", "console test: ERP upgrade tonight");
        browser.findElement(By.id("maintenance:schedule")).click();
        try {
            await().atMost(PAGE).until(() -> browser.findElements(By.id("systems:table:" + rowOf("erp") + ":scheduled"))
                    .size() == 1);
            assertThat(browser.findElement(By.id("systems:table:" + rowOf("erp") + ":scheduled")).getText())
                    .isEqualTo("Maintenance scheduled from " + laterFrom + " to " + laterTo);
            assertThat(status("erp")).isEqualTo("ONLINE");
            assertThat(Instant.parse(system("erp").path("from").asText())).isEqualTo(laterFrom);
            assertThat(audit()).anySatisfy(entry -> assertThat(entry.path("after").asText())
                    .isEqualTo("erp: MAINTENANCE (console test: ERP upgrade tonight) from " + laterFrom + " until " + laterTo));
            browser.findElement(By.id("systems:table:" + rowOf("erp") + ":cancelWindow")).click();
            await().atMost(PAGE).until(() -> system("erp").path("from").isNull() && "ONLINE".equals(status("erp")));
        } finally {
            if (!system("erp").path("from").isNull()) {
                interchange.call("PUT", "/api/v1/operations/systems/erp/status", OPS_KEY, "{\"status\":\"ONLINE\"}");
            }
        }

        // from now to an hour later, typed in Amsterdam's local time
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        LocalDateTime localNow = LocalDateTime.now(amsterdam).truncatedTo(ChronoUnit.MINUTES);
        Instant until = localNow.plusHours(1).atZone(amsterdam).toInstant();
        option("maintenance:system", "erp").click();
        option("maintenance:zone", "Europe/Amsterdam").click();
        setValue("maintenance:from", localNow.toString());
        setValue("maintenance:to", localNow.plusHours(1).toString());
        type("maintenance:reason", "console test: ERP upgrade");
        browser.findElement(By.id("maintenance:schedule")).click();
        try {
            await().atMost(PAGE).until(() -> "MAINTENANCE".equals(status("erp")));
            assertThat(Instant.parse(system("erp").path("until").asText())).isEqualTo(until);
            assertThat(audit()).anySatisfy(entry -> {
                assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
                assertThat(entry.path("action").asText()).isEqualTo("SYSTEM_STATUS_CHANGED");
                assertThat(entry.path("after").asText())
                        .isEqualTo("erp: MAINTENANCE (console test: ERP upgrade) until " + until);
            });
            int row = rowOf("erp");
            assertThat(browser.findElement(By.id("systems:table:" + row + ":status")).getText()).isEqualTo("MAINTENANCE");

            Simulators.PlacedOrder order = simulators.placeOrder();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> placedHops(order, "PARKED") == 1);
            // parked longer than the test profile's 3 s backlog limit, and nobody is alerted: the window is planned
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> openAlert("BACKLOG_AGE|erp").isEmpty());
            assertThat(simulators.salesOrders(order.number())).isEmpty();
            assertThat(placedHops(order, "RETRY_SCHEDULED")).isZero();
            assertThat(placedHops(order, "ATTEMPT_FAILED")).isZero();

            browser.get(interchange.baseUrl + "/console/systems.xhtml");
            assertThat(browser.findElement(By.id("systems:table:" + rowOf("erp") + ":drain-estimate")).getText())
                    .as("the parked backlog's time to drain").matches("≈ \\d+ (s|min) to drain");
            WebElement end = browser.findElement(By.id("systems:table:" + rowOf("erp") + ":online"));
            assertThat(end.getText()).isEqualTo("End maintenance");
            end.click();
            await().atMost(PAGE).until(() -> "ONLINE".equals(status("erp")));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> simulators.salesOrders(order.number()).size() == 1);
            assertThat(placedHops(order, "UNPARKED")).isEqualTo(1);
            assertThat(audit()).anySatisfy(entry -> {
                assertThat(entry.path("who").asText()).isEqualTo(ADMIN);
                assertThat(entry.path("before").asText()).startsWith("erp: MAINTENANCE");
                assertThat(entry.path("after").asText()).isEqualTo("erp: ONLINE");
            });
        } finally {
            if (!"ONLINE".equals(status("erp"))) {
                interchange.call("PUT", "/api/v1/operations/systems/erp/status", OPS_KEY, "{\"status\":\"ONLINE\"}");
            }
        }
    }

    // --- helpers

    private JsonNode failed(long id) {
        return json(interchange.get("/api/v1/operations/failed/" + id, OPS_KEY).body());
    }

    private List<JsonNode> auditOf(long failedMessageId) {
        List<JsonNode> entries = new ArrayList<>();
        json(interchange.get("/api/v1/operations/audit?failedMessageId=" + failedMessageId, OPS_KEY).body())
                .path("entries").forEach(entries::add);
        return entries;
    }

    /** The row of a failure group in the errors page's table of groups. */
    private WebElement groupRow(String group) {
        for (WebElement row : browser.findElements(By.cssSelector("[id='errors:groups_data'] > tr"))) {
            List<WebElement> links = row.findElements(By.tagName("a"));
            if (!links.isEmpty() && links.get(0).getText().equals(group.strip().replaceAll("\\s+", " "))) {
                return row;
            }
        }
        throw new AssertionError("no row for group " + group + ": " + browser.getPageSource());
    }

    /** The number of an overview figure, e.g. "eventsIn". */
    /** A figure of the overview, read again when the page's own poll replaced it between finding and reading. */
    private static long figure(String id) {
        return await().atMost(PAGE).ignoreException(org.openqa.selenium.StaleElementReferenceException.class)
                .until(() -> Long.parseLong(browser.findElement(By.cssSelector("#" + id + " b")).getText().trim()),
                        value -> true);
    }

    /** Sets an input's value as the browser's own date-time picker would. */
    private static void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    private JsonNode system(String name) {
        return json(interchange.get("/api/v1/operations/systems/" + name, OPS_KEY).body());
    }

    private long placedHops(Simulators.PlacedOrder order, String hop) {
        return interchange.timeline(order.orderId()).stream()
                .filter(h -> "interchange.order.placed".equals(h.path("type").asText())
                        && hop.equals(h.path("hop").asText()))
                .count();
    }

    private Optional<JsonNode> openAlert(String incidentKey) {
        for (JsonNode alert : json(interchange.get("/api/v1/operations/alerts?limit=500", OPS_KEY).body()).path("alerts")) {
            if (incidentKey.equals(alert.path("incidentKey").asText()) && "OPEN".equals(alert.path("status").asText())) {
                return Optional.of(alert);
            }
        }
        return Optional.empty();
    }

    private Optional<JsonNode> alert(String incidentKey) {
        for (JsonNode alert : json(interchange.get("/api/v1/operations/alerts?limit=500", OPS_KEY).body()).path("alerts")) {
            if (incidentKey.equals(alert.path("incidentKey").asText())) {
                return Optional.of(alert);
            }
        }
        return Optional.empty();
    }

    /** The row index of an alert on the alerts page. */
    private int alertRow(long id) {
        List<WebElement> ids = browser.findElements(By.cssSelector("#alerts\\:table .alert-id"));
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).getText().equals(Long.toString(id))) {
                return i;
            }
        }
        throw new AssertionError("no row for alert " + id + " on the alerts page: " + browser.getPageSource());
    }

    private void logInAsAdmin() {
        freshLogIn(ADMIN, ADMIN_PASSWORD);
    }

    private void freshLogIn(String name, String password) {
        browser.manage().deleteAllCookies();
        browser.get(interchange.baseUrl + "/login.xhtml");
        logIn(name, password);
        await().atMost(PAGE).until(() -> browser.findElements(By.id("who")).size() == 1);
    }

    private static String sessionId() {
        org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return session == null ? null : session.getValue();
    }

    private void logIn(String name, String password) {
        type("login:name", name);
        type("login:password", password);
        browser.findElement(By.id("login:submit")).click();
    }

    private int rowOf(String system) {
        List<WebElement> names = browser.findElements(By.cssSelector(".system-name"));
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).getText().equals(system)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + system + " on the systems page: " + browser.getPageSource());
    }

    private String status(String system) {
        HttpResponse<String> answer = interchange.get("/api/v1/operations/systems/" + system, OPS_KEY);
        return json(answer.body()).path("status").asText();
    }

    private List<JsonNode> audit() {
        List<JsonNode> entries = new ArrayList<>();
        json(interchange.get("/api/v1/operations/audit?limit=200", OPS_KEY).body()).path("entries").forEach(entries::add);
        return entries;
    }

    private long awaitFailed(String orderId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> json(
                interchange.get("/api/v1/operations/failed?businessKey=" + orderId, OPS_KEY).body())
                .path("failed").size() > 0);
        return json(interchange.get("/api/v1/operations/failed?businessKey=" + orderId, OPS_KEY).body())
                .path("failed").get(0).path("id").asLong();
    }

    /** On the manual message page: chooses the system, then its operation, each answered by an ajax update. */
    private void chooseOperation(String system, String operation) {
        await().atMost(PAGE).until(() -> browser.findElements(By.id("manual:system")).size() == 1);
        option("manual:system", system).click();
        await().atMost(PAGE).ignoreExceptions().until(() -> option("manual:operation", operation).isEnabled());
        if (!option("manual:operation", operation).isSelected()) {
            option("manual:operation", operation).click();
        }
        await().atMost(PAGE).ignoreExceptions().until(() -> option("manual:operation", operation).isSelected()
                && browser.findElement(By.id("endpoint")).isDisplayed());
    }

    private static WebElement option(String selectId, String value) {
        return browser.findElement(By.cssSelector("select[id='" + selectId + "'] option[value='" + value + "']"));
    }

    /** The input of a top-level property of the operation's input on the manual message page. */
    private WebElement manualField(String property) {
        return browser.findElement(By.cssSelector("[data-field='" + property + "'] textarea, [data-field='"
                + property + "'] input[type='text'], [data-field='" + property + "'] select"));
    }

    private static void typeInto(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The message page's payload editor (pe:codeMirror, widgetVar payloadEditor) once CodeMirror has been built
     * over the textarea now in the page; an ajax update of the form replaces the textarea, so it is waited for again.
     */
    private static void awaitPayloadEditor() {
        await().atMost(PAGE).until(() -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const w = window.PrimeFaces && PrimeFaces.widgets['payloadEditor'];"
                        + "const cm = w && w.getCodeMirrorInstance();"
                        + "return !!cm && cm.getTextArea() === document.getElementById('detail:payload');")));
    }

    /**
     * Replaces the payload as a person editing it does, through the editor (the textarea "detail:payload" that
     * the form sends is hidden behind it and takes no keys); the editor's change listener writes the text back
     * into that textarea, checked here before the caller saves.
     */
    private static void editPayload(String text) {
        awaitPayloadEditor();
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.widgets['payloadEditor'].getCodeMirrorInstance().setValue(arguments[0]);", text);
        assertThat(browser.findElement(By.id("detail:payload")).getAttribute("value"))
                .as("the textarea the form sends").isEqualTo(text);
    }

    /** The payload as the editor shows it. */
    private static String payloadInEditor() {
        awaitPayloadEditor();
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return PrimeFaces.widgets['payloadEditor'].getCodeMirrorInstance().getValue();");
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
