package io.interchange.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interchange.platform.catalog.Answers;
import io.interchange.platform.catalog.Catalog;
import io.interchange.platform.catalog.Operation;
import io.interchange.platform.catalog.SystemDescription;
import io.interchange.platform.contract.MessageSchemas;
import io.interchange.platform.database.DatabaseOperation;
import io.interchange.platform.delivery.HttpOutcome;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.delivery.TransientFailure;
import io.interchange.platform.mapping.MappingFailure;
import io.interchange.platform.mapping.StandardMessage;
import io.interchange.platform.message.Envelope;
import io.interchange.platform.outbound.OutboundRequest;
import io.interchange.platform.outbound.RequestRendering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Calls one operation of a catalog system for one message, as the operation's file says, and
 * tells what the answer means ({@link Answers}); a database system's operation is applied by
 * {@link DatabaseOperation} instead. A message the operation cannot take (its input
 * schema, a mapping that fails, a secret without value) is a {@link PermanentFailure} naming why.
 */
@ApplicationScoped
public class OperationCall {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the system answered. A database system's applied operation answers 200 with
     * {@code {"rowsAffected": n, "alreadyApplied": bool}}.
     *
     * @param outcome how the journal tells it, e.g. {@code answered 201} or {@code applied, 3 rows}
     */
    public record Answer(int status, Map<String, String> headers, String body, Answers.Meaning meaning,
            String outcome) {

        public Answer(int status, Map<String, String> headers, String body, Answers.Meaning meaning) {
            this(status, headers, body, meaning, "answered " + status);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    @Inject
    Catalog catalog;

    @Inject
    Config config;

    @Inject
    Credentials credentials;

    @Inject
    DatabaseOperation databaseOperations;

    /** One client per connect timeout: clients are heavy, and each keeps its connections alive for reuse. */
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    /** The catalog system and operation a delivery is addressed to. */
    public Target target(Envelope message) {
        String system = message.targetSystem();
        SystemDescription described = catalog.system(system).orElseThrow(() -> new PermanentFailure(
                system == null ? "interchange" : system, "no system " + system + " in the catalog (any more)"));
        Operation operation = described.operation(message.operation()).orElseThrow(() -> new PermanentFailure(system,
                "the catalog file of " + system + " has no operation " + message.operation() + " (any more)"));
        return new Target(described, operation);
    }

    public record Target(SystemDescription system, Operation operation) {

        public String name() {
            return system.system() + "/" + operation.name();
        }
    }

    /**
     * Sends the request the operation's mappings make of the message and classifies the answer.
     *
     * @throws PermanentFailure a message the operation cannot take
     * @throws TransientFailure no answer (refused, reset, timed out; the cause tells which)
     */
    public Answer call(Target target, Envelope message) {
        String system = target.system().system();
        JsonNode standard = StandardMessage.of(message);
        checkInput(target, standard.path("data"));
        if (target.system().throughDatabase()) {
            DatabaseOperation.Applied applied = databaseOperations.apply(target.system(), target.operation(),
                    message.id(), standard);
            String body = JSON.createObjectNode().put("rowsAffected", applied.rowsAffected())
                    .put("alreadyApplied", applied.alreadyApplied()).toString();
            return new Answer(200, Map.of("Content-Type", "application/json"), body, Answers.Meaning.DELIVERED,
                    applied.alreadyApplied() ? "applied before (in its ledger), nothing done again"
                            : "applied, " + applied.rowsAffected() + " row" + (applied.rowsAffected() == 1 ? "" : "s"));
        }
        OutboundRequest request;
        try {
            request = RequestRendering.render(target.operation(), standard);
        } catch (MappingFailure e) {
            throw new PermanentFailure(system, e.getMessage());
        }
        String what = request.method() + " " + request.path();
        HttpResponse<String> response;
        try {
            response = client(target).send(build(target, request), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw HttpOutcome.noAnswer(system, what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure(system, what + " was interrupted");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        Answers.Meaning meaning = target.operation().answers().meaning(response.statusCode());
        if (response.statusCode() == 401) {
            credentials.refused(target.system().connection().auth());
        }
        return new Answer(response.statusCode(), headers, response.body(), meaning);
    }

    /** The reply event's data of a delivered answer; empty when the operation has no reply. */
    public Optional<JsonNode> replyData(Target target, Answer answer, Envelope message) {
        Operation.Reply reply = target.operation().reply();
        if (reply == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RequestRendering.reply(reply, answer.status(), answer.headers(),
                    bodyAsJson(answer.body()), StandardMessage.of(message)));
        } catch (MappingFailure e) {
            throw new PermanentFailure(target.system().system(), e.getMessage());
        }
    }

    private void checkInput(Target target, JsonNode data) {
        JsonNode schema = target.operation().inputSchema();
        if (schema == null) {
            return;
        }
        MessageSchemas.check("the input of " + target.name(), schema.toString(), data).ifPresent(violation -> {
            throw new PermanentFailure(target.system().system(), violation.detail()
                    + (violation.pointer().isEmpty() ? "" : " (at " + violation.pointer() + ")"));
        });
    }

    private HttpRequest build(Target target, OutboundRequest request) {
        SystemDescription system = target.system();
        String base;
        try {
            base = system.connection().baseUrl(key -> config.getOptionalValue(key, String.class).orElse(null));
        } catch (IllegalStateException e) {
            throw new PermanentFailure(system.system(), e.getMessage());
        }
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(join(base, request.path())))
                    .timeout(system.connection().readTimeout())
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(request.body().toString()));
            if (request.body() != null && request.headers().keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
                builder.header("Content-Type", "application/json");
            }
            builder.header("Accept", "application/json");
            credentials.headers(system.system(), system.connection().auth()).forEach(builder::header);
            request.headers().forEach(builder::setHeader);
            return builder.build();
        } catch (IllegalArgumentException e) {
            // a header the HTTP client may not set (Host, Content-Length), or an address that is no URI
            throw new PermanentFailure(system.system(), "the request of " + target.name() + " cannot be made: "
                    + e.getMessage());
        }
    }

    static String join(String base, String path) {
        if (path == null || path.isEmpty()) {
            return base;
        }
        return base.endsWith("/") && path.startsWith("/") ? base + path.substring(1)
                : base.endsWith("/") || path.startsWith("/") ? base + path : base + "/" + path;
    }

    private HttpClient client(Target target) {
        return clients.computeIfAbsent(target.system().connection().connectTimeout(),
                timeout -> HttpClient.newBuilder().connectTimeout(timeout).build());
    }

    private static JsonNode bodyAsJson(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
