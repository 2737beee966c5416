package io.interchange.platform.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.interchange.platform.catalog.Operation.IdempotencyKey;
import io.interchange.platform.catalog.Operation.Reply;
import io.interchange.platform.catalog.Operation.RequestMapping;
import io.interchange.platform.mapping.Mapping;
import io.interchange.platform.mapping.MappingFailure;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one catalog file: parses it (YAML for {@code .yaml}/{@code .yml}, JSON for {@code .json}),
 * checks it against the schema, then what a schema cannot say (the file is named after its
 * system, operation and subscription names are unique, a subscription's operation exists, a
 * path's placeholders are mapped, mappings and input schemas compile, time zones exist), and
 * builds the {@link SystemDescription}. Every problem is reported with its line and field.
 */
public final class CatalogReader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}/]+)}");

    private final String file;
    private final boolean yaml;
    private final List<Refusal> refusals = new ArrayList<>();
    private SourceLines lines;

    private CatalogReader(String file) {
        this.file = file;
        this.yaml = !file.endsWith(".json");
    }

    /** Whether a file of the folder is a catalog file, by its name. */
    public static boolean isCatalogFile(String fileName) {
        return !fileName.startsWith(".")
                && (fileName.endsWith(".yaml") || fileName.endsWith(".yml") || fileName.endsWith(".json"));
    }

    /** The system a file must describe: its name without the extension. */
    public static String systemOf(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    /**
     * @param file the file's name in the catalog folder, e.g. {@code crm.yaml}
     * @throws CatalogFileRefused naming each problem's line and field
     */
    public static ReadFile read(String file, String text) throws CatalogFileRefused {
        return new CatalogReader(file).read(text);
    }

    /** A file read: the system it describes and its content as a tree (for showing what is active). */
    public record ReadFile(SystemDescription system, JsonNode content) {
    }

    private ReadFile read(String text) throws CatalogFileRefused {
        JsonFactory format = yaml ? new YAMLFactory() : new JsonFactory();
        JsonNode tree;
        try {
            lines = SourceLines.of(text, format);
            tree = new ObjectMapper(format).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CatalogFileRefused(List.of(new Refusal(file, line, "", "not " + (yaml ? "YAML" : "JSON")
                    + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new CatalogFileRefused(List.of(new Refusal(file, 0, "", "cannot be read: " + e.getMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new CatalogFileRefused(List.of(new Refusal(file, 0, "", "the file is empty")));
        }
        // the tree as read, not the text: the schema must judge exactly what the model is built from
        for (CatalogSchema.Violation violation : CatalogSchema.check(tree.toString())) {
            refuse(violation.pointer(), violation.message());
        }
        if (!refusals.isEmpty()) {
            throw new CatalogFileRefused(refusals);
        }
        SystemDescription system = describe(tree);
        if (!refusals.isEmpty()) {
            throw new CatalogFileRefused(refusals);
        }
        return new ReadFile(system, tree);
    }

    private void refuse(String pointer, String reason) {
        refusals.add(new Refusal(file, lines.lineOf(pointer), pointer, reason));
    }

    private SystemDescription describe(JsonNode root) {
        String system = root.path("system").asText();
        if (!system.equals(systemOf(file))) {
            refuse("/system", "the file of system '" + system + "' must be named " + system
                    + file.substring(file.lastIndexOf('.')));
        }
        boolean database = "database".equals(root.path("kind").asText("http"));
        List<Operation> operations = operations(root.path("operations"), system, database);
        List<Subscription> subscriptions = subscriptions(root.path("subscriptions"), system, operations);
        return new SystemDescription(system, root.path("name").asText(), text(root, "description"),
                new SystemDescription.Owner(root.path("owner").path("team").asText(),
                        root.path("owner").path("email").asText()),
                database ? new Connection("", new Auth.None(), Duration.ZERO, Duration.ZERO) : connection(root.path("connection")),
                database ? database(root.path("connection")) : null,
                delivery(root.path("delivery")), inbound(root.path("inbound"), system, database),
                operations, subscriptions);
    }

    private Connection connection(JsonNode node) {
        JsonNode timeouts = node.path("timeouts");
        return new Connection(node.path("baseUrl").asText(), auth(node.path("auth")),
                Duration.ofMillis(timeouts.path("connectMs").asLong(2000)),
                Duration.ofMillis(timeouts.path("readMs").asLong(5000)));
    }

    private static Database database(JsonNode node) {
        JsonNode timeouts = node.path("timeouts");
        return new Database(node.path("jdbcUrl").asText(), text(node, "driverClass"), text(node, "user"),
                secret(node.path("password")), node.path("pool").path("maxSize").asInt(4),
                Duration.ofSeconds(timeouts.path("loginSeconds").asLong(5)),
                Duration.ofSeconds(timeouts.path("querySeconds").asLong(30)),
                node.path("ledgerTable").asText(Database.DEFAULT_LEDGER_TABLE));
    }

    private static Auth auth(JsonNode node) {
        return switch (node.path("type").asText("none")) {
            case "basic" -> new Auth.Basic(node.path("username").asText(), secret(node.path("password")));
            case "bearer" -> new Auth.Bearer(secret(node.path("token")));
            case "api-key" -> new Auth.ApiKeyHeader(node.path("header").asText(), secret(node.path("key")));
            case "oauth2-client-credentials" -> new Auth.OAuth2ClientCredentials(node.path("tokenUrl").asText(),
                    node.path("clientId").asText(), secret(node.path("clientSecret")), text(node, "scope"));
            default -> new Auth.None();
        };
    }

    private static SecretReference secret(JsonNode node) {
        if (node.isMissingNode()) {
            return null;
        }
        return node.has("config") ? SecretReference.config(node.path("config").asText())
                : SecretReference.environment(node.path("env").asText());
    }

    private DeliveryPolicy delivery(JsonNode node) {
        JsonNode retry = node.path("retry");
        JsonNode breaker = node.path("breaker");
        JsonNode health = breaker.path("health");
        List<MaintenanceWindow> windows = new ArrayList<>();
        for (int i = 0; i < node.path("maintenance").size(); i++) {
            JsonNode window = node.path("maintenance").path(i);
            Set<DayOfWeek> days = new HashSet<>();
            window.path("days").forEach(day -> days.add(DayOfWeek.valueOf(day.asText())));
            try {
                windows.add(new MaintenanceWindow(days, LocalTime.parse(window.path("from").asText()),
                        LocalTime.parse(window.path("to").asText()), ZoneId.of(window.path("zone").asText())));
            } catch (DateTimeException e) {
                refuse("/delivery/maintenance/" + i + "/zone", "unknown time zone: " + e.getMessage());
            }
        }
        return new DeliveryPolicy(
                new DeliveryPolicy.Retry(retry.path("maxRetries").asInt(10),
                        Duration.ofMillis(retry.path("initialDelayMs").asLong(2000)),
                        Duration.ofMillis(retry.path("maxDelayMs").asLong(300_000))),
                new DeliveryPolicy.Breaker(breaker.path("failures").asInt(5),
                        Duration.ofSeconds(breaker.path("probeSeconds").asLong(10)),
                        health.isMissingNode() ? null : new DeliveryPolicy.HealthProbe(health.path("path").asText(),
                                statuses(health.path("statuses"), "2xx"), text(health, "query"))),
                node.path("drainPerSecond").asInt(20),
                Duration.ofSeconds(node.path("backlogAlertSeconds").asLong(3600)),
                windows);
    }

    private Inbound inbound(JsonNode node, String system, boolean database) {
        if (node.isMissingNode()) {
            return Inbound.NOTHING;
        }
        JsonNode poll = node.path("poll");
        if (!poll.isMissingNode() && !database) {
            refuse("/inbound/poll", "only a system of kind database is polled");
        }
        return new Inbound(strings(node.path("apiKeys")), secret(node.path("signingSecret")),
                strings(node.path("sources")), strings(node.path("eventTypes")),
                poll.isMissingNode() ? null : poll(poll, system));
    }

    private Poll poll(JsonNode node, String system) {
        String at = "/inbound/poll";
        String query = node.path("query").asText();
        String watermark = text(node.path("watermark"), "column");
        String key = text(node.path("watermark"), "key");
        java.util.Set<String> named = new java.util.LinkedHashSet<>(NamedParameters.in(query));
        if (watermark != null && !named.contains(Poll.WATERMARK)) {
            refuse(at + "/query", "a query with a watermark must compare it with :watermark");
        }
        if (key != null && !named.contains(Poll.WATERMARK_KEY)) {
            refuse(at + "/query", "a query with a watermark key must compare it with :watermarkKey, e.g. WHERE "
                    + watermark + " > :watermark OR (" + watermark + " = :watermark AND " + key + " > :watermarkKey)");
        }
        named.remove(Poll.WATERMARK);
        named.remove(Poll.WATERMARK_KEY);
        if (!named.isEmpty()) {
            refuse(at + "/query", "the parameters of a poll query are :watermark and :watermarkKey, not :"
                    + String.join(", :", named));
        }
        if (watermark == null && !node.has("mark")) {
            refuse(at, "a poll needs a watermark or a mark statement, or it would read the same rows for ever");
        }
        JsonNode mark = node.path("mark");
        JsonNode event = node.path("event");
        String prefix = system + " inbound.poll.event.";
        return new Poll(Duration.ofSeconds(node.path("everySeconds").asLong(5)), node.path("batchSize").asInt(100),
                query, watermark, present(node.path("watermark").path("initial")), key,
                present(node.path("watermark").path("initialKey")),
                mark.isMissingNode() ? null : new SqlStatement(mark.asText(), Map.of(), null),
                new Poll.Event(event.path("type").asText(), event.path("source").asText("/systems/" + system),
                        mapping(prefix + "id", event.path("id"), at + "/event/id"),
                        event.has("subject") ? mapping(prefix + "subject", event.path("subject"), at + "/event/subject") : null,
                        mapping(prefix + "data", event.path("data"), at + "/event/data")));
    }

    private static JsonNode present(JsonNode value) {
        return value.isMissingNode() ? null : value;
    }

    private List<Operation> operations(JsonNode list, String system, boolean database) {
        List<Operation> operations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.path(i);
            String at = "/operations/" + i;
            String name = node.path("name").asText();
            if (!names.add(name)) {
                refuse(at + "/name", "a second operation named '" + name + "'");
            }
            String prefix = system + "/" + name;
            boolean sql = node.has("statements");
            if (sql != database) {
                refuse(at, database ? "an operation of a database system runs statements, it has no method and path"
                        : "an operation of an HTTP system has a method and a path, not statements");
            }
            RequestMapping request = request(node.path("request"), at + "/request", prefix);
            checkPlaceholders(node.path("path").asText(), node.path("request").path("pathParameters"), at);
            JsonNode inputSchema = node.path("inputSchema");
            if (!inputSchema.isMissingNode()) {
                try {
                    CatalogSchema.inputSchema(inputSchema.toString());
                } catch (RuntimeException e) {
                    refuse(at + "/inputSchema", "not a usable JSON Schema: " + e.getMessage());
                }
            }
            JsonNode key = node.path("idempotencyKey");
            JsonNode reply = node.path("reply");
            JsonNode answers = node.path("answers");
            operations.add(new Operation(name, text(node, "description"), sql ? "SQL" : node.path("method").asText(),
                    node.path("path").asText(), inputSchema.isMissingNode() ? null : inputSchema, request,
                    key.isMissingNode() ? null : new IdempotencyKey(key.path("header").asText("Idempotency-Key"),
                            mapping(prefix + " idempotencyKey", key.path("template"), at + "/idempotencyKey/template")),
                    new Answers(statuses(answers.path("delivered")), statuses(answers.path("retry")),
                            statuses(answers.path("permanent"))),
                    reply.isMissingNode() ? null : new Reply(reply.path("type").asText(),
                            mapping(prefix + " reply.data", reply.path("data"), at + "/reply/data")),
                    facade(node.path("facade")),
                    sql ? sql(node, at, prefix) : null));
        }
        return operations;
    }

    private Operation.Sql sql(JsonNode node, String at, String prefix) {
        List<SqlStatement> statements = new ArrayList<>();
        for (int i = 0; i < node.path("statements").size(); i++) {
            JsonNode statement = node.path("statements").path(i);
            String here = at + "/statements/" + i;
            String sql = statement.path("sql").asText();
            Map<String, Mapping> parameters = mappings(statement.path("parameters"), prefix + " statements[" + i
                    + "].parameters.", here + "/parameters/");
            for (String name : NamedParameters.in(sql)) {
                if (!statement.path("parameters").has(name)) {
                    refuse(here + "/sql", "the parameter :" + name + " has no mapping in parameters");
                }
            }
            statements.add(new SqlStatement(sql, parameters, statement.has("forEach")
                    ? mapping(prefix + " statements[" + i + "].forEach", statement.path("forEach"), here + "/forEach")
                    : null));
        }
        return new Operation.Sql(statements, !"business-key".equals(node.path("exactlyOnce").asText("ledger")));
    }

    private static Operation.Facade facade(JsonNode node) {
        if (node.isMissingNode()) {
            return Operation.Facade.DEFAULT;
        }
        double perSecond = node.path("quotaPerSecond").asDouble(Operation.Facade.DEFAULT.perSecond());
        return new Operation.Facade(node.path("role").asText(Operation.Facade.DEFAULT.role()), perSecond,
                node.path("burst").asDouble(Math.max(1, perSecond)));
    }

    private RequestMapping request(JsonNode node, String at, String prefix) {
        if (node.isMissingNode()) {
            return RequestMapping.EMPTY;
        }
        return new RequestMapping(
                node.has("body") ? mapping(prefix + " request.body", node.path("body"), at + "/body") : null,
                mappings(node.path("headers"), prefix + " request.headers.", at + "/headers/"),
                mappings(node.path("pathParameters"), prefix + " request.pathParameters.", at + "/pathParameters/"));
    }

    private Map<String, Mapping> mappings(JsonNode node, String namePrefix, String at) {
        Map<String, Mapping> mappings = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            Mapping mapping = mapping(namePrefix + field.getKey(), field.getValue(), at + field.getKey());
            if (mapping != null) { // refused: the file is refused as a whole anyway
                mappings.put(field.getKey(), mapping);
            }
        });
        return mappings;
    }

    private void checkPlaceholders(String path, JsonNode pathParameters, String at) {
        Matcher placeholder = PLACEHOLDER.matcher(path);
        while (placeholder.find()) {
            if (!pathParameters.has(placeholder.group(1))) {
                refuse(at + "/path", "the placeholder {" + placeholder.group(1)
                        + "} has no mapping in request.pathParameters");
            }
        }
    }

    private List<Subscription> subscriptions(JsonNode list, String system, List<Operation> operations) {
        List<Subscription> subscriptions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.path(i);
            String at = "/subscriptions/" + i;
            String name = node.path("name").asText();
            if (!names.add(name)) {
                refuse(at + "/name", "a second subscription named '" + name + "'");
            }
            String operation = node.path("operation").asText();
            if (operations.stream().noneMatch(known -> known.name().equals(operation))) {
                refuse(at + "/operation", "no operation '" + operation + "' in this file");
            }
            JsonNode filter = node.path("filter");
            Map<String, String> extensions = new LinkedHashMap<>();
            filter.path("extensions").fields().forEachRemaining(field ->
                    extensions.put(field.getKey(), field.getValue().asText()));
            subscriptions.add(new Subscription(name, operation, new Subscription.Filter(filter.path("type").asText(),
                    text(filter, "source"), text(filter, "subject"), extensions,
                    filter.has("data") ? mapping(system + "/" + name + " filter.data", filter.path("data"),
                            at + "/filter/data") : null)));
        }
        return subscriptions;
    }

    private Mapping mapping(String name, JsonNode expression, String at) {
        try {
            return Mapping.compile(name, expression.asText());
        } catch (MappingFailure e) {
            refuse(at, e.getMessage());
            return null;
        }
    }

    private static StatusSet statuses(JsonNode node, String... otherwise) {
        return node.isMissingNode() ? StatusSet.of(otherwise) : new StatusSet(strings(node));
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
