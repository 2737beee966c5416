package io.interchange.platform.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What {@code GET /api/v1/catalog} shows: each active system as its file says (secrets are only
 * ever references there; the API-key hashes are left out, only their number is shown), with the
 * file, its SHA-256 and since when it is in force; and each refused file with its problems.
 */
public final class CatalogView {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogView() {
    }

    public static ObjectNode of(String folder, List<ActiveCatalog.Entry> active, List<ActiveCatalog.Refused> refused) {
        ObjectNode view = JSON.createObjectNode();
        view.put("folder", folder);
        ArrayNode systems = view.putArray("systems");
        active.forEach(entry -> systems.add(system(entry)));
        ArrayNode refusals = view.putArray("refused");
        refused.forEach(file -> refusals.add(refused(file)));
        return view;
    }

    static ObjectNode system(ActiveCatalog.Entry entry) {
        ObjectNode system = JSON.createObjectNode();
        system.put("file", entry.file());
        system.put("sha256", entry.sha256());
        system.put("since", entry.since().toString());
        ObjectNode description = entry.content().deepCopy();
        if (description.path("inbound") instanceof ObjectNode inbound && inbound.has("apiKeys")) {
            JsonNode keys = inbound.remove("apiKeys");
            inbound.put("apiKeyCount", keys.size());
        }
        description.remove("$schema");
        system.setAll(description);
        return system;
    }

    private static ObjectNode refused(ActiveCatalog.Refused file) {
        ObjectNode refused = JSON.createObjectNode();
        refused.put("file", file.file());
        refused.put("at", file.at().toString());
        ArrayNode problems = refused.putArray("problems");
        file.refusals().forEach(refusal -> problems.addObject().put("line", refusal.line())
                .put("field", refusal.field()).put("reason", refusal.reason()));
        return refused;
    }
}
