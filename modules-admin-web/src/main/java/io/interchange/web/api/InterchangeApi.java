package io.interchange.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Interchange API", version = "1",
        description = "Event intake (CloudEvents 1.0) and operations API of the Interchange integration platform."))
public class InterchangeApi extends Application {

    /** Jersey would describe every resource, with Java types, at {@code /api/application.wadl}; OpenAPI is the description. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
