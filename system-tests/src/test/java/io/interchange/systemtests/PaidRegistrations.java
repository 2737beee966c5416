package io.interchange.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Paid registrations (answered 201) whose save, email and mailing-list steps are under way: what the
 * crash tests kill a server in the middle of, and check afterwards.
 */
record PaidRegistrations(List<String> ids, List<String> emails) {

    /** {@code count} registrations paid with an approved card, through the server {@code registrations} calls. */
    static PaidRegistrations register(Registrations registrations, int count) {
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = Registrations.uniqueEmail();
            var answer = registrations.register(Registrations.form(email, Registrations.APPROVED), null);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            emails.add(email);
            ids.add(Interchange.json(answer.body()).get("registrationId").asText());
        }
        return new PaidRegistrations(List.copyOf(ids), List.copyOf(emails));
    }

    /** Waits until every one is COMPLETE, as the server {@code registrations} calls reports it. */
    void awaitComplete(Registrations registrations, Duration within) {
        for (String id : ids) {
            await().atMost(within).until(() -> registrations.isComplete(id));
        }
    }

    /** One payment and one list member each, and every confirmation mail carrying the registration's Message-ID. */
    void assertEachFinishedItsThreeStepsOnce(Registrations registrations) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertThat(registrations.payments(id)).as("payments of %s", id).hasSize(1);
            assertThat(registrations.members(emails.get(i))).as("list members for %s", id).hasSize(1);
            // SMTP is not transactional: a mail sent just before the kill may be sent again, always
            // with the registration's Message-ID, so the copy is recognisable
            List<JsonNode> mails = registrations.mails(emails.get(i));
            assertThat(mails).as("confirmations of %s", id).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.get("messageId").asText()).isEqualTo("<" + id + ".confirmation@interchange>"));
        }
    }
}
