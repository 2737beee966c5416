package io.interchange.registration.activities;

import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.HttpAnswer;
import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.RestEndpoint;
import io.interchange.platform.message.Envelope;
import io.interchange.registration.signup.Activity;
import io.interchange.registration.signup.Registration;
import io.interchange.registration.signup.RegistrationDetails;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The "mailing list" activity: upserts the attendee as a list member. An upsert,
 * so a repeat after a crash or a resubmit changes nothing.
 */
@ApplicationScoped
public class MailingList {

    static final String SYSTEM = "mailchimp";

    @Inject
    @ConfigProperty(name = "mailchimp.base-url", defaultValue = "http://localhost:8094/mailchimp/3.0")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "mailchimp.api-key", defaultValue = "")
    String apiKey;

    @Inject
    @ConfigProperty(name = "mailchimp.list-id", defaultValue = "interchange-demo")
    String listId;

    @Inject
    @ConfigProperty(name = "mailchimp.connect-timeout-ms", defaultValue = "2000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "mailchimp.read-timeout-ms", defaultValue = "5000")
    long readTimeoutMs;

    @Inject
    FanIn fanIn;

    private RestEndpoint<MailchimpApi> endpoint;

    @Transactional(Transactional.TxType.MANDATORY)
    public void subscribe(Envelope message) {
        RegistrationDetails details = CanonicalJson.read(message.data(), RegistrationDetails.class);
        Registration registration = fanIn.lock(details.registrationId());
        if (registration.isDone(Activity.MAILING_LIST)) {
            return;
        }
        String body = Json.createObjectBuilder()
                .add("email_address", details.email())
                .add("status_if_new", "subscribed")
                .add("merge_fields", Json.createObjectBuilder().add("FNAME", details.firstName()).add("LNAME", details.lastName()))
                .build().toString();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("interchange:" + apiKey).getBytes(StandardCharsets.UTF_8));
        String what = "PUT member of " + listId;
        HttpAnswer answer = endpoint().call(what,
                api -> api.upsertMember(basic, listId, subscriberHash(details.email()), body));
        HttpOutcome.check(SYSTEM, what, answer.status(), answer.retryAfter(), answer.body());
        fanIn.done(registration, Activity.MAILING_LIST);
    }

    /** Mailchimp's member id: the MD5 hex of the lower-cased address. */
    static String subscriberHash(String email) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized RestEndpoint<MailchimpApi> endpoint() {
        if (endpoint == null) {
            endpoint = new RestEndpoint<>(SYSTEM, MailchimpApi.class,
                    new RestEndpoint.Settings(baseUrl, null, connectTimeoutMs, readTimeoutMs));
        }
        return endpoint;
    }

    @PreDestroy
    synchronized void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }
}
