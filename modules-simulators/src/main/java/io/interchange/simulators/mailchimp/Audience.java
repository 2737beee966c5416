package io.interchange.simulators.mailchimp;

import io.interchange.simulators.BasicCredentials;
import io.interchange.simulators.MailchimpError;
import io.interchange.simulators.SimulatorReset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated Mailchimp account: its API key ({@code mailchimp.api-key}), its one audience
 * ({@code mailchimp.list-id}; other list ids are 404) and the audience's members, in memory,
 * in the order they were added. Cleared by a reset.
 */
@ApplicationScoped
public class Audience {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    @ConfigProperty(name = "mailchimp.api-key")
    String apiKey;

    @Inject
    @ConfigProperty(name = "mailchimp.list-id")
    String listId;

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private long nextWebId = 100_000;

    public Audience() {
        this.clock = Clock.systemUTC();
    }

    Audience(String apiKey, String listId, Clock clock) {
        this.apiKey = apiKey;
        this.listId = listId;
        this.clock = clock;
    }

    /**
     * Checks {@code Authorization: Basic anystring:<apiKey>}, as Mailchimp does.
     *
     * @throws MailchimpError 401 "API Key Missing" or "API Key Invalid"
     */
    public void authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw MailchimpError.apiKeyMissing();
        }
        if (BasicCredentials.of(authorization).filter(c -> BasicCredentials.same(c.password(), apiKey)).isEmpty()) {
            throw MailchimpError.apiKeyInvalid();
        }
    }

    /**
     * Adds or updates the member {@code subscriberHash} of the list: a repeat changes nothing but
     * the member's upsert count (and what it explicitly changes).
     *
     * @throws MailchimpError 404 for another list, 400 for an invalid email, a hash that is not
     *         the email's, or a new member without a status
     */
    public synchronized Member.Snapshot upsert(String list, String subscriberHash, MemberRequest request) {
        requireList(list);
        if (!EMAIL.matcher(request.emailAddress()).matches()) {
            throw MailchimpError.invalidResource(request.emailAddress()
                    + " looks fake or invalid, please enter a real email address.");
        }
        String expected = SubscriberHash.of(request.emailAddress());
        if (!expected.equals(subscriberHash.toLowerCase(Locale.ROOT))) {
            throw MailchimpError.invalidResource("The subscriber hash in the URL does not match the email address: it "
                    + "must be the MD5 hash of the lower-case email address.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Member member = members.get(expected);
        if (member != null) {
            member.update(request, now);
            return member.snapshot();
        }
        String status = request.status() != null ? request.status() : request.statusIfNew();
        if (status == null) {
            throw MemberRequest.invalid("status_if_new", "This value should not be blank.");
        }
        byte[] bytes = new byte[21];
        random.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        member = new Member(listId, expected, hex.substring(0, 10), hex.substring(10, 42), nextWebId++,
                request.emailAddress(), status, request.mergeFields(), now);
        members.put(expected, member);
        return member.snapshot();
    }

    /** @throws MailchimpError 404 for another list or an unknown member */
    public synchronized Member.Snapshot member(String list, String subscriberHash) {
        requireList(list);
        Member member = members.get(subscriberHash.toLowerCase(Locale.ROOT));
        if (member == null) {
            throw MailchimpError.notFound();
        }
        return member.snapshot();
    }

    public synchronized List<Member.Snapshot> members() {
        List<Member.Snapshot> all = new ArrayList<>();
        members.values().forEach(m -> all.add(m.snapshot()));
        return all;
    }

    public synchronized Optional<Member.Snapshot> byEmail(String email) {
        return Optional.ofNullable(members.get(SubscriberHash.of(email.trim()))).map(Member::snapshot);
    }

    public String listId() {
        return listId;
    }

    private void requireList(String list) {
        if (!listId.equals(list)) {
            throw MailchimpError.notFound();
        }
    }

    synchronized void onReset(@Observes SimulatorReset reset) {
        members.clear();
    }
}
