package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.registration.api.RegistrationIds;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The web edge as an attacker or a careless user meets it: card numbers typed into free-text
 * fields, junk that fails in many ways for one reason, error answers that could name the
 * software behind them, and the headers and cookie that protect the pages.
 */
class WebEdgeIT extends DeployedPlatform {

    private static final String CARD_IN_TEXT = "Lovelace 4111 1111 1111 1111";
    /**
     * A fully qualified Java class name ({@code com.fasterxml.jackson.X}, {@code java.lang.String}); Faces'
     * own form field {@code jakarta.faces.ViewState} is not one.
     */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?!jakarta\\.faces\\.ViewState)(?:[a-z_][a-z0-9_]*\\.){2,}[A-Z]\\w*");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Simulators simulators = new Simulators();
    private final Registrations registrations = new Registrations(interchange, simulators);
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    // --- 1. card numbers in free-text fields

    @Test
    void aCardNumberInAFreeTextFieldIsRefusedByTheApiAndNothingIsChargedStoredOrMailed() {
        String email = Registrations.uniqueEmail();
        String key = Interchange.newId();
        String body = Registrations.form(email, Registrations.APPROVED)
                .replace("\"lastName\":\"Lovelace\"", "\"lastName\":\"" + CARD_IN_TEXT + "\"")
                .replace("\"city\":\"Amsterdam\"", "\"city\":\"Amsterdam 5555-5555-5555-4444\"");

        HttpResponse<String> answer = registrations.register(body, key);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = Interchange.json(answer.body());
        List<String> pointers = new ArrayList<>();
        problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        assertThat(pointers).contains("/attendee/lastName", "/billing/city");
        assertThat(answer.body()).doesNotContain("4111").doesNotContain("5555");
        String id = RegistrationIds.registrationIdFor("web", key);
        assertThat(registrations.payments(id)).as("payment orders").isEmpty();
        assertThat(registrations.status(id)).as("registration").isNull();
        assertThat(registrations.mails(email)).as("mails").isEmpty();
        assertThat(registrations.members(email)).as("mailing list").isEmpty();
    }

    @Test
    void aCardNumberInAFreeTextFieldOfThePageIsNamedNextToTheField() {
        HttpResponse<String> page = browse(HttpRequest.newBuilder(url("/register.xhtml")).GET());
        assertThat(page.statusCode()).isEqualTo(200);

        Map<String, String> form = registrationForm(viewState(page.body()));
        form.put("registration:lastName", CARD_IN_TEXT);
        HttpResponse<String> answer = submit("/register.xhtml", form);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String html = answer.body();
        int lastName = html.indexOf("id=\"registration:lastName\"");
        int email = html.indexOf("id=\"registration:email\"");
        int message = html.indexOf("this looks like a card number", lastName);
        assertThat(lastName).isPositive();
        assertThat(message).as("the message next to the last name").isBetween(lastName, email);
        assertThat(html).doesNotContain("registered.xhtml");
    }

    // --- 2. one alert per reason, not per value

    @Test
    void junkOrderIdsFailingForOneReasonMakeOneGroupAndOneAlertThatCountsThem() {
        // three orders the shop does not know, of different shapes (the intake refuses ids outside the shop's format)
        List<String> orderIds = List.of(junk(), junk() + "-b", "x_" + junk() + "_9");
        for (String orderId : orderIds) {
            assertThat(interchange.postStructured(Interchange.orderCreated(Interchange.newId(), orderId)).statusCode())
                    .isEqualTo(202);
        }
        List<JsonNode> failed = new ArrayList<>();
        for (String orderId : orderIds) {
            failed.add(await().atMost(Duration.ofSeconds(60)).until(() -> failedFor(orderId), f -> f != null));
        }

        Set<String> groups = failed.stream().map(f -> f.get("group").asText()).collect(Collectors.toSet());
        assertThat(groups).as("groups").hasSize(1);
        String group = groups.iterator().next();
        orderIds.forEach(id -> assertThat(group).doesNotContain(id));
        JsonNode alert = activeAlert("DEAD_LETTER|" + group);
        assertThat(alert).as("alert of %s", group).isNotNull();
        assertThat(alert.get("count").asLong()).isGreaterThanOrEqualTo(orderIds.size());
    }

    // --- 3. error answers leak nothing

    @Test
    void aMalformedRegistrationIsA400InTheCallersTerms() {
        for (String body : List.of("{\"eventCode\": ", "{\"attendee\": 5}", "[1,2]", "{\"attendee\":{\"firstName\":[]}}",
                "{\"card\":{\"number\":{\"x\":4111111111111111}}}")) {
            HttpResponse<String> answer = registrations.register(body, null);

            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).as(body).doesNotContainPattern(CLASS_NAME)
                    .doesNotContain("java.", "jakarta.", "org.eclipse", "com.fasterxml", "Exception", "4111");
        }
    }

    @Test
    void theWadlIsNotPublic() {
        assertThat(raw("/api/application.wadl").statusCode()).isIn(401, 403, 404);
        assertThat(raw("/api/application.wadl?detail=true").statusCode()).isIn(401, 403, 404);
    }

    @Test
    void noAnswerNamesTheServersSoftwareOrVersion() {
        for (String path : List.of("/register.xhtml", "/", "/api/v1/registrations/REG-AAAAAAAA", "/no-such-page.xhtml",
                "/no/such/file.html")) {
            HttpResponse<String> answer = raw(path);
            for (String header : List.of("Server", "X-Powered-By")) {
                answer.headers().allValues(header).forEach(value -> assertThat(value).as("%s of %s", header, path)
                        .doesNotContainPattern("\\d").doesNotContainIgnoringCase("payara")
                        .doesNotContainIgnoringCase("glassfish").doesNotContainIgnoringCase("servlet"));
            }
            assertThat(answer.body()).as(path).doesNotContainIgnoringCase("payara").doesNotContainPattern(CLASS_NAME);
        }
        assertThat(raw("/no-such-page.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormSentFromAnExpiredPageGoesBackToThePageWithANotice() {
        Map<String, String> form = registrationForm("-1234567890123456789:-987654321098765432");
        HttpResponse<String> answer = submit("/register.xhtml", form);

        assertThat(answer.statusCode()).as(answer.body()).isIn(302, 303);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/register.xhtml?expired");
        HttpResponse<String> page = browse(HttpRequest.newBuilder(url(location)).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("has expired").doesNotContainPattern(CLASS_NAME)
                .doesNotContain("ViewExpired");
    }

    // --- 4. security headers, cookie, URLs

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() {
        for (String path : List.of("/register.xhtml", "/", "/api/v1/registrations/REG-AAAAAAAA")) {
            HttpResponse<String> answer = raw(path);
            assertThat(answer.statusCode()).as(path).isIn(200, 401, 404);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValueSatisfying(
                    v -> assertThat(v).isIn("same-origin", "no-referrer", "strict-origin"));
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNeverInAUrl() {
        HttpResponse<String> page = browse(HttpRequest.newBuilder(url("/register.xhtml")).GET());

        assertThat(page.statusCode()).isEqualTo(200);
        List<String> cookies = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.toUpperCase().startsWith("JSESSIONID=")).toList();
        assertThat(cookies).as("session cookie").isNotEmpty();
        cookies.forEach(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsPattern("(?i)SameSite=(Lax|Strict)"));
        assertThat(page.body()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> console = raw("/");
        assertThat(console.body()).doesNotContainIgnoringCase("jsessionid");
    }

    // --- helpers

    private static String junk() {
        // letters only: before the failure groups masked values, an id without a digit made a group of its own
        StringBuilder id = new StringBuilder("junk-");
        for (char c : Interchange.newId().replace("-", "").substring(0, 10).toCharArray()) {
            id.append((char) ('a' + Character.digit(c, 16)));
        }
        return id.toString();
    }

    private JsonNode failedFor(String orderId) {
        HttpResponse<String> response = interchange.get("/api/v1/operations/failed?businessKey="
                + URLEncoder.encode(orderId, StandardCharsets.UTF_8), Interchange.OPS_KEY);
        JsonNode failed = Interchange.json(response.body()).path("failed");
        return failed.isEmpty() ? null : failed.get(0);
    }

    private JsonNode activeAlert(String incidentKey) {
        for (JsonNode alert : Interchange.json(interchange.get("/api/v1/operations/alerts", Interchange.OPS_KEY).body())
                .get("alerts")) {
            if (incidentKey.equals(alert.get("incidentKey").asText()) && !"RESOLVED".equals(alert.get("status").asText())) {
                return alert;
            }
        }
        return null;
    }

    private URI url(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : interchange.baseUrl + pathOrUrl);
    }

    /** A GET without a session: what any visitor gets first. */
    private HttpResponse<String> raw(String path) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> browse(HttpRequest.Builder request) {
        try {
            return browser.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> submit(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browse(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String viewState(String html) {
        Matcher state = VIEW_STATE.matcher(html);
        assertThat(state.find()).as("view state in the page").isTrue();
        return state.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** The registration page's form, filled in completely (declined card: nothing would be charged anyway). */
    private static Map<String, String> registrationForm(String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("registration", "registration");
        form.put("registration:ticket", Registrations.EVENT + "/STANDARD");
        form.put("registration:firstName", "Ada");
        form.put("registration:lastName", "Lovelace");
        form.put("registration:email", Registrations.uniqueEmail());
        form.put("registration:company", "Analytical Engines");
        form.put("registration:billingName", "Ada Lovelace");
        form.put("registration:street", "Kingstraat 1");
        form.put("registration:postalCode", "1011 AB");
        form.put("registration:city", "Amsterdam");
        form.put("registration:country", "NL");
        form.put("registration:cardHolder", "Ada Lovelace");
        form.put("registration:cardNumber", Registrations.DECLINED);
        form.put("registration:expiry", "2030-12");
        form.put("registration:securityCode", "123");
        form.put("registration:register", "Register and pay");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }
}
