package io.interchange.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** An injected fault answers in the system's own error format, as the real system would. */
class SimulatedSystemTest {

    @Test
    void paypal_faults_look_like_paypal_errors() {
        Response response = SimulatedSystem.PAYPAL.error(503, "SimulatedFault", "Simulated fault");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
        JsonObject body = json(response);
        assertThat(body.getString("name")).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(body.getString("debug_id")).isNotBlank();
        assertThat(json(SimulatedSystem.PAYPAL.error(500, "x", "y")).getString("name"))
                .isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(json(SimulatedSystem.PAYPAL.error(429, "x", "y")).getString("name")).isEqualTo("RATE_LIMIT_REACHED");
    }

    @Test
    void mailchimp_faults_are_mailchimp_problem_details() {
        Response response = SimulatedSystem.MAILCHIMP.error(429, "SimulatedFault", "Simulated fault");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject body = json(response);
        assertThat(body.getString("title")).isEqualTo("Too Many Requests");
        assertThat(body.getInt("status")).isEqualTo(429);
        assertThat(body.getString("type")).isEqualTo("https://mailchimp.com/developer/marketing/docs/errors/");
    }

    @Test
    void crm_and_notifications_faults_are_problem_details() {
        for (SimulatedSystem system : new SimulatedSystem[] {SimulatedSystem.CRM, SimulatedSystem.NOTIFICATIONS}) {
            Response response = system.error(503, "SimulatedFault", "Simulated fault");

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
            assertThat(json(response).getInt("status")).isEqualTo(503);
            assertThat(system.http()).isTrue();
        }
    }

    @Test
    void smtp_is_no_http_api() {
        assertThat(SimulatedSystem.SMTP.http()).isFalse();
        assertThat(SimulatedSystem.PAYPAL.http()).isTrue();
        assertThatThrownBy(() -> SimulatedSystem.SMTP.error(503, "x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void every_system_is_found_by_its_key() {
        assertThat(SimulatedSystem.byKey("paypal")).contains(SimulatedSystem.PAYPAL);
        assertThat(SimulatedSystem.byKey("mailchimp")).contains(SimulatedSystem.MAILCHIMP);
        assertThat(SimulatedSystem.byKey("smtp")).contains(SimulatedSystem.SMTP);
        assertThat(SimulatedSystem.byKey("crm")).contains(SimulatedSystem.CRM);
        assertThat(SimulatedSystem.byKey("notifications")).contains(SimulatedSystem.NOTIFICATIONS);
        assertThat(SimulatedSystem.keys()).isEqualTo("ecp, erp, paypal, mailchimp, smtp, crm, notifications");
    }

    private static JsonObject json(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }
}
