package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registration through the API against the simulated payment provider, mailing list and a real
 * SMTP server (GreenMail in the simulators): payment outcomes, the durable fan-out and fan-in,
 * and each activity failing and recovering on its own.
 */
class RegistrationIT extends DeployedPlatform {

    private static final Duration FAN_OUT = Duration.ofSeconds(60);

    private final Simulators simulators = new Simulators();
    private final Registrations registrations = new Registrations(interchange, simulators);

    @AfterEach
    void healSystems() {
        simulators.clearFaults();
    }

    @Test
    void anApprovedCardRegistersAndTheFanOutSavesMailsAndSubscribesOnce() {
        String email = Registrations.uniqueEmail();
        HttpResponse<String> answer = registrations.register(Registrations.form(email, Registrations.APPROVED), null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String id = Interchange.json(answer.body()).get("registrationId").asText();
        assertThat(id).matches("REG-[A-Z2-9]{8}");
        assertThat(answer.headers().firstValue("Location")).hasValue(interchange.baseUrl + "/api/v1/registrations/" + id);

        await().atMost(FAN_OUT).until(() -> registrations.isComplete(id));
        JsonNode status = registrations.status(id);
        assertThat(status.get("saved").asBoolean()).isTrue();
        assertThat(status.get("emailed").asBoolean()).isTrue();
        assertThat(status.get("subscribed").asBoolean()).isTrue();

        assertThat(registrations.payments(id)).hasSize(1);
        List<JsonNode> mails = registrations.mails(email);
        assertThat(mails).hasSize(1);
        JsonNode mail = mails.get(0);
        assertThat(mail.get("messageId").asText()).isEqualTo("<" + id + ".confirmation@interchange>");
        assertThat(mail.get("subject").asText()).contains(id).contains("Integrate Europe");
        assertThat(mail.get("text").asText()).contains("Dear Ada Lovelace").contains(id).contains("EUR 250.00");
        assertThat(mail.get("html").asText()).contains("<strong>" + id + "</strong>").contains("EUR 250.00");
        List<JsonNode> members = registrations.members(email);
        assertThat(members).hasSize(1);
        assertThat(members.get(0).get("status").asText()).isEqualTo("subscribed");
    }

    @Test
    void theSameIdempotencyKeyIsTheSameRegistrationAndChargesOnce() {
        String email = Registrations.uniqueEmail();
        String key = Interchange.newId();
        HttpResponse<String> first = registrations.register(Registrations.form(email, Registrations.APPROVED), key);
        HttpResponse<String> again = registrations.register(Registrations.form(email, Registrations.APPROVED), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        String id = Interchange.json(first.body()).get("registrationId").asText();
        assertThat(Interchange.json(again.body()).get("registrationId").asText()).isEqualTo(id);
        await().atMost(FAN_OUT).until(() -> registrations.isComplete(id));
        assertThat(registrations.payments(id)).as("payment orders").hasSize(1);
        assertThat(registrations.mails(email)).as("confirmation emails").hasSize(1);
    }

    @Test
    void aDeclinedCardIsA402AndNothingIsRecorded() {
        String email = Registrations.uniqueEmail();
        String key = Interchange.newId();
        HttpResponse<String> answer = registrations.register(Registrations.form(email, Registrations.DECLINED), key);

        assertThat(answer.statusCode()).isEqualTo(402);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Interchange.json(answer.body()).get("detail").asText()).contains("declined");
        String id = registrationIdOf(key);
        assertThat(registrations.status(id)).as("no registration").isNull();
        assertThat(registrations.mails(email)).isEmpty();
    }

    @Test
    void aProviderErrorIsA503SayingNothingWasChargedAndNothingIsRecorded() {
        String email = Registrations.uniqueEmail();
        String key = Interchange.newId();
        HttpResponse<String> answer = registrations.register(Registrations.form(email, Registrations.PROVIDER_ERROR), key);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(Interchange.json(answer.body()).get("detail").asText()).contains("you have not been charged");
        assertThat(registrations.status(registrationIdOf(key))).isNull();
    }

    @Test
    void badInputNamesEachWrongFieldAndChargesNothing() {
        String key = Interchange.newId();
        String body = Registrations.form("not-an-email", Registrations.APPROVED).replace("2030-12", "2020-01")
                .replace("\"Kingstraat 1\"", "\"\"");
        HttpResponse<String> answer = registrations.register(body, key);

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = Interchange.json(answer.body());
        assertThat(problem.get("errors").findValuesAsText("pointer"))
                .containsExactlyInAnyOrder("/attendee/email", "/billing/street", "/card/expiry");
        assertThat(registrations.payments(registrationIdOf(key))).isEmpty();

        HttpResponse<String> expired = registrations.register(
                Registrations.form(Registrations.uniqueEmail(), Registrations.APPROVED).replace("2030-12", "2020-01"), null);
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(Interchange.json(expired.body()).get("errors").findValuesAsText("pointer")).containsExactly("/card/expiry");

        assertThat(registrations.register("{\"attendee\": [", null).statusCode()).isEqualTo(400);
        assertThat(interchange.post(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(interchange.baseUrl + "/api/v1/registrations")), "application/json", null,
                Registrations.form(Registrations.uniqueEmail(), Registrations.APPROVED)).statusCode()).isEqualTo(401);
    }

    @Test
    void aFailingMailingListRetriesAloneAndTheOtherStepsAreNotRepeated() {
        simulators.fault("mailchimp", "{\"errorRate\":1.0,\"errorStatus\":503}");
        String email = Registrations.uniqueEmail();
        String id = registered(email);

        await().atMost(FAN_OUT).until(() -> {
            JsonNode s = registrations.status(id);
            return s.get("saved").asBoolean() && s.get("emailed").asBoolean();
        });
        String activity = activityMessage(id, "interchange.registration.mailing-list");
        await().atMost(FAN_OUT).until(() -> interchange.count(activity, "RETRY_SCHEDULED", "registration.mailing-list") >= 1);
        assertThat(registrations.status(id).get("subscribed").asBoolean()).isFalse();

        simulators.clearFaults();
        await().atMost(FAN_OUT).until(() -> registrations.isComplete(id));
        assertThat(registrations.members(email)).hasSize(1);
        assertThat(registrations.mails(email)).as("the email was not sent again").hasSize(1);
    }

    @Test
    void anSmtpOutageDelaysOnlyTheEmailWhichIsSentOnceWhenTheServerIsBack() {
        simulators.fault("smtp", "{\"offline\":true}");
        String email = Registrations.uniqueEmail();
        String id = registered(email);

        await().atMost(FAN_OUT).until(() -> {
            JsonNode s = registrations.status(id);
            return s.get("saved").asBoolean() && s.get("subscribed").asBoolean();
        });
        String activity = activityMessage(id, "interchange.registration.confirmation-email");
        await().atMost(FAN_OUT).until(() -> interchange.count(activity, "RETRY_SCHEDULED", "registration.confirmation-email") >= 1);
        assertThat(registrations.mails(email)).isEmpty();

        simulators.clearFaults();
        await().atMost(FAN_OUT).until(() -> registrations.isComplete(id));
        assertThat(registrations.mails(email)).hasSize(1);
        assertThat(registrations.members(email)).hasSize(1);
    }

    @Test
    void aMailingListAnswerLostAfterTheUpsertIsRepeatedHarmlessly() {
        // the list stores the member, then answers after the client gave up: the retry upserts again
        simulators.fault("mailchimp", "{\"slowButSucceedsMs\":3000}");
        String email = Registrations.uniqueEmail();
        String id = registered(email);
        String activity = activityMessage(id, "interchange.registration.mailing-list");
        await().atMost(FAN_OUT).until(() -> interchange.count(activity, "ATTEMPT_FAILED", "registration.mailing-list") >= 1);
        simulators.clearFaults();

        await().atMost(FAN_OUT).until(() -> registrations.isComplete(id));
        List<JsonNode> members = registrations.members(email);
        assertThat(members).hasSize(1);
        assertThat(members.get(0).get("status").asText()).isEqualTo("subscribed");
        assertThat(members.get(0).get("upserts").asInt()).as("upserts of the one member").isGreaterThanOrEqualTo(2);
    }

    @Test
    void whileTheRegistrationsStoreIsOfflineOnlyTheSaveWaitsParkedAndIsDrainedOnceItIsBack() {
        String store = "/api/v1/operations/systems/registrations-store/status";
        HttpResponse<String> offline = interchange.call("PUT", store, Interchange.OPS_KEY,
                "{\"status\":\"OFFLINE\",\"reason\":\"database maintenance\"}");
        assertThat(offline.statusCode()).as(offline.body()).isEqualTo(200);
        try {
            String email = Registrations.uniqueEmail();
            String id = registered(email);
            await().atMost(FAN_OUT).until(() -> {
                JsonNode s = registrations.status(id);
                return s.get("emailed").asBoolean() && s.get("subscribed").asBoolean();
            });
            String save = activityMessage(id, "interchange.registration.save");
            await().atMost(FAN_OUT).until(() -> interchange.count(save, "PARKED", "registration.save") >= 1);
            assertThat(registrations.status(id).get("saved").asBoolean()).isFalse();

            interchange.call("PUT", store, Interchange.OPS_KEY, "{\"status\":\"ONLINE\"}");
            await().atMost(FAN_OUT).until(() -> registrations.isComplete(id));
            assertThat(interchange.count(save, "RETRY_SCHEDULED", "registration.save")).as("no retry spent").isZero();
            assertThat(registrations.mails(email)).hasSize(1);
        } finally {
            interchange.call("PUT", store, Interchange.OPS_KEY, "{\"status\":\"ONLINE\"}");
        }
    }

    @Test
    void aStepRefusedByItsSystemWaitsInTheErrorsQueueAndIsResubmittedAlone() {
        simulators.fault("mailchimp", "{\"errorRate\":1.0,\"errorStatus\":400}");
        String email = Registrations.uniqueEmail();
        String id = registered(email);

        // a 400 is permanent: no retries, the step is failed with the registration as business key
        List<JsonNode> failed = new java.util.ArrayList<>();
        await().atMost(FAN_OUT).until(() -> {
            failed.clear();
            Interchange.json(interchange.get("/api/v1/operations/failed?status=OPEN&businessKey=" + id,
                    Interchange.OPS_KEY).body()).get("failed").forEach(failed::add);
            return !failed.isEmpty();
        });
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("consumer").asText()).isEqualTo("registration.mailing-list");
        await().atMost(FAN_OUT).until(() -> registrations.status(id).get("emailed").asBoolean());
        JsonNode status = registrations.status(id);
        assertThat(status.get("saved").asBoolean()).isTrue();
        assertThat(status.get("subscribed").asBoolean()).isFalse();
        assertThat(status.get("status").asText()).isEqualTo("PAID");

        simulators.clearFaults();
        HttpResponse<String> resubmitted = interchange.call("POST",
                "/api/v1/operations/failed/" + failed.get(0).get("id").asLong() + "/resubmit", Interchange.OPS_KEY,
                "{\"note\":\"list fixed\"}");
        assertThat(resubmitted.statusCode()).as(resubmitted.body()).isEqualTo(200);

        await().atMost(FAN_OUT).until(() -> registrations.isComplete(id));
        assertThat(registrations.members(email)).hasSize(1);
        assertThat(registrations.mails(email)).as("the email was not sent again").hasSize(1);
        assertThat(registrations.payments(id)).as("not charged again").hasSize(1);
    }

    @Test
    void cardNumbersAreNowhereButAtTheProvider() throws Exception {
        String approved = registered(Registrations.uniqueEmail());
        registrations.register(Registrations.form(Registrations.uniqueEmail(), Registrations.DECLINED), null);
        registrations.register(Registrations.form(Registrations.uniqueEmail(), Registrations.PROVIDER_ERROR), null);
        await().atMost(FAN_OUT).until(() -> registrations.isComplete(approved));

        java.nio.file.Path runtime = java.nio.file.Path.of(System.getProperty("interchange.root", ".."), ".runtime", "test");
        java.nio.file.Path database = runtime.resolve("domains/interchange-test/lib/databases/interchange.mv.db");
        assertThat(database).exists();
        List<java.nio.file.Path> searched = new java.util.ArrayList<>(List.of(database));
        try (var logs = java.nio.file.Files.walk(runtime.resolve("domains/interchange-test/logs"))) {
            logs.filter(java.nio.file.Files::isRegularFile).forEach(searched::add);
        }
        try (var logs = java.nio.file.Files.walk(runtime.resolve("logs"))) {
            logs.filter(java.nio.file.Files::isRegularFile).forEach(searched::add);
        }
        for (java.nio.file.Path file : searched) {
            String content = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String card : List.of(Registrations.APPROVED, Registrations.DECLINED, Registrations.PROVIDER_ERROR)) {
                // a card number on its own, not a piece of a longer hex run: H2 writes its chunks'
                // page bitmaps as hex text ("occupancy:4000000000000002000…"), which can spell one
                java.util.regex.Pattern number = java.util.regex.Pattern.compile("(?<![0-9a-fA-F])" + card + "(?![0-9a-fA-F])");
                assertThat(number.matcher(content).find()).as("card number %s in %s", card, file).isFalse();
            }
        }
        String timeline = interchange.get("/api/v1/tracking/keys/" + approved, Interchange.OPS_KEY).body();
        assertThat(timeline).doesNotContain(Registrations.APPROVED).contains("registration");
    }

    private String registered(String email) {
        HttpResponse<String> answer = registrations.register(Registrations.form(email, Registrations.APPROVED), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return Interchange.json(answer.body()).get("registrationId").asText();
    }

    /** The id of one of a registration's activity messages, from its timeline. */
    private String activityMessage(String registrationId, String type) {
        await().atMost(FAN_OUT).until(() -> interchange.timeline(registrationId).stream()
                .anyMatch(hop -> type.equals(hop.path("type").asText())));
        return interchange.timeline(registrationId).stream().filter(hop -> type.equals(hop.path("type").asText()))
                .findFirst().orElseThrow().get("messageId").asText();
    }

    private static String registrationIdOf(String idempotencyKey) {
        return io.interchange.registration.api.RegistrationIds.registrationIdFor("web", idempotencyKey);
    }
}
