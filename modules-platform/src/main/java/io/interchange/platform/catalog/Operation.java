package io.interchange.platform.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.mapping.Mapping;
import java.util.Map;

/**
 * What Interchange can ask of a system.
 *
 * @param path           a template such as {@code /contacts/{customerId}}; each placeholder is a key of
 *                       {@code request.pathParameters}
 * @param inputSchema    JSON Schema of the message data it takes, or null
 * @param idempotencyKey null when the system takes none
 * @param reply          null when the answer publishes nothing
 * @param sql            null for an HTTP operation; for a database system's operation, its
 *                       statements (method {@code SQL}, no path)
 */
public record Operation(
        String name,
        String description,
        String method,
        String path,
        JsonNode inputSchema,
        RequestMapping request,
        IdempotencyKey idempotencyKey,
        Answers answers,
        Reply reply,
        Facade facade,
        Sql sql) {

    /** @param body null: no body */
    public record RequestMapping(Mapping body, Map<String, Mapping> headers, Map<String, Mapping> pathParameters) {

        public static final RequestMapping EMPTY = new RequestMapping(null, Map.of(), Map.of());

        public RequestMapping {
            headers = Map.copyOf(headers);
            pathParameters = Map.copyOf(pathParameters);
        }
    }

    /**
     * How API clients may call the operation through Interchange.
     *
     * @param role the least role a key needs: viewer, operator or admin
     */
    public record Facade(String role, double perSecond, double burst) {

        public static final Facade DEFAULT = new Facade("operator", 10, 10);
    }

    /**
     * What a database operation runs, in one local transaction of the system's database.
     *
     * @param ledger true: Interchange's ledger row is written in that same transaction, so a message
     *               applied once is never applied again; false: the statements themselves are
     *               idempotent by a business key (an upsert, an insert-if-absent)
     */
    public record Sql(java.util.List<SqlStatement> statements, boolean ledger) {

        public Sql {
            statements = java.util.List.copyOf(statements);
        }
    }

    public record IdempotencyKey(String header, Mapping template) {
    }

    /** @param data evaluated on {@code {status, headers, body, message}} */
    public record Reply(String type, Mapping data) {
    }
}
