package io.interchange.simulators.erp;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.intake.CloudEvent;
import io.interchange.simulators.intake.Intake;
import io.interchange.simulators.intake.IntakeSend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ERP's change notifications: {@code erp.salesorder.changed} with the sales order's id. */
@ApplicationScoped
public class SalesOrderEvents {

    public static final String SALES_ORDER_CHANGED = "erp.salesorder.changed";

    @Inject
    Intake intake;

    @Inject
    @ConfigProperty(name = "erp.company-id", defaultValue = "cronus")
    String companyId;

    /** A new notification (a new event id) that the order changed; the platform fetches its state. */
    public IntakeSend changed(SalesOrder order) {
        CloudEvent event = CloudEvent.of("/erp/" + companyId, SALES_ORDER_CHANGED,
                Json.createObjectBuilder().add("salesOrderId", order.id().toString()).build());
        return intake.send(SimulatedSystem.ERP, event);
    }
}
