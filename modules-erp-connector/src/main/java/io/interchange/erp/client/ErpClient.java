package io.interchange.erp.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.HttpAnswer;
import io.interchange.platform.delivery.PathSegment;
import io.interchange.platform.delivery.RestEndpoint;
import io.interchange.platform.delivery.TransientFailure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * Calls the ERP's salesOrders API through a {@link RestEndpoint}. A call that gets no answer
 * throws a {@link TransientFailure}; the caller decides what an unclear outcome means for its
 * effect (creation looks again before deciding).
 */
@ApplicationScoped
public class ErpClient {

    public static final String SYSTEM = "erp";

    @Inject
    ErpSettings settings;

    private RestEndpoint<ErpApi> endpoint;

    private synchronized RestEndpoint<ErpApi> endpoint() {
        if (endpoint == null) {
            endpoint = new RestEndpoint<>(SYSTEM, ErpApi.class, new RestEndpoint.Settings(settings.baseUrl(),
                    settings.token(), settings.connectTimeoutMs(), settings.readTimeoutMs()));
        }
        return endpoint;
    }

    @PreDestroy
    synchronized void close() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    /** The sales order whose externalDocumentNumber is the shop's order number, if the ERP has one. */
    public Optional<JsonNode> findByExternalDocumentNumber(String number) {
        String filter = "externalDocumentNumber eq '" + number.replace("'", "''") + "'";
        String body = call("find sales order " + number, erp -> erp.find(company(), filter))
                .requireSuccess(SYSTEM, "find sales order " + number);
        JsonNode value = read(body).path("value");
        return value.isArray() && !value.isEmpty() ? Optional.of(value.get(0)) : Optional.empty();
    }

    /** Posts a new sales order; the answer is returned unclassified (409 means "exists already"). */
    public HttpAnswer create(String salesOrderJson) {
        return call("create sales order", erp -> erp.create(company(), salesOrderJson));
    }

    /** The sales order with its shipments and payments. */
    public JsonNode salesOrder(String id) {
        return read(call("get sales order " + id, erp -> erp.get(company(), key(id), "shipments,payments"))
                .requireSuccess(SYSTEM, "get sales order " + id));
    }

    public HttpAnswer cancel(String id) {
        return call("cancel sales order " + id, erp -> erp.cancel(company(), key(id)));
    }

    /** The company id as the OData key in {@code companies(...)}, percent-encoded. */
    private String company() {
        return key(settings.companyId());
    }

    /** An OData key in the path, percent-encoded: quotes, slashes and parentheses stay inside it. */
    static String key(String id) {
        return PathSegment.encode(SYSTEM, id);
    }

    private HttpAnswer call(String what, Function<ErpApi, Response> request) {
        return endpoint().call(what, request);
    }

    static JsonNode read(String body) {
        try {
            return CanonicalJson.mapper().readTree(body);
        } catch (Exception e) {
            throw new TransientFailure(SYSTEM, "the ERP answered something that is not JSON");
        }
    }
}
