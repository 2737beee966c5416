package io.interchange.simulators.ecp;

import io.interchange.simulators.SimulatedSystem;
import io.interchange.simulators.intake.CloudEvent;
import io.interchange.simulators.intake.Intake;
import io.interchange.simulators.intake.IntakeSend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The shop's webhooks: {@code ecp.order.created} and {@code ecp.order.cancelled}. */
@ApplicationScoped
public class ShopEvents {

    public static final String ORDER_CREATED = "ecp.order.created";
    public static final String ORDER_CANCELLED = "ecp.order.cancelled";

    @Inject
    Intake intake;

    @Inject
    @ConfigProperty(name = "sim.ecp.shop-id", defaultValue = "shop-eu")
    String shopId;

    /** Tells the platform about a new order now. */
    public IntakeSend orderCreated(EcpOrder order) {
        return intake.send(SimulatedSystem.ECP, createdEvent(order));
    }

    /** Tells the platform about a new order after {@code delay}. */
    public IntakeSend orderCreatedLater(EcpOrder order, Duration delay) {
        return intake.sendLater(SimulatedSystem.ECP, createdEvent(order), delay);
    }

    /** Sends the very same created event again (same id and body): a duplicate webhook. */
    public IntakeSend resendCreated(EcpOrder order) {
        CloudEvent event = order.createdEvent();
        return intake.send(SimulatedSystem.ECP, event != null ? event : createdEvent(order));
    }

    /** The customer cancelled: the order records the request and the platform is told. */
    public IntakeSend orderCancelled(EcpOrder order) {
        CloudEvent event = CloudEvent.of(source(), ORDER_CANCELLED, data(order));
        order.requestCancel(event.time(), event.id());
        return intake.send(SimulatedSystem.ECP, event);
    }

    private CloudEvent createdEvent(EcpOrder order) {
        CloudEvent event = CloudEvent.of(source(), ORDER_CREATED, data(order));
        order.createdWith(event);
        return event;
    }

    private jakarta.json.JsonObject data(EcpOrder order) {
        return Json.createObjectBuilder().add("orderId", order.id()).build();
    }

    private String source() {
        return "/ecp/" + shopId;
    }
}
