package io.interchange.orders.intake;

import io.interchange.erp.api.ErpMessages;
import io.interchange.orders.api.OrderMessages;
import io.interchange.orders.api.OrdersContract;
import io.interchange.orders.sync.ErpChangesToShop;
import io.interchange.orders.sync.ErpLinkToShop;
import io.interchange.orders.sync.OrderPlacement;
import io.interchange.orders.sync.ShopCancellation;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.inbound.InboundDelivery;
import io.interchange.platform.message.Envelope;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes the shop's order events and the ERP connector's answers off the OrdersInbound queue. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // The physical name, not a java:app lookup: Payara rejects the lookup after a restart.
        @ActivationConfigProperty(propertyName = "destination", propertyValue = OrdersContract.QUEUE)})
public class OrderEventsConsumer implements MessageListener {

    static final String CONSUMER = "orders";
    /** Every effect of this consumer calls the shop. */
    static final String TARGET_SYSTEM = "ecp";

    @Inject
    InboundDelivery delivery;

    @Inject
    OrderPlacement placement;

    @Inject
    ErpLinkToShop erpLink;

    @Inject
    ErpChangesToShop erpChanges;

    @Inject
    ShopCancellation cancellation;

    @Override
    public void onMessage(Message message) {
        delivery.receive(CONSUMER, TARGET_SYSTEM, message, this::handle);
    }

    private void handle(Envelope message) {
        switch (message.type()) {
            case OrderMessages.SHOP_ORDER_CREATED -> placement.place(message);
            case OrderMessages.SHOP_ORDER_CANCELLED -> cancellation.request(message);
            case ErpMessages.SALES_ORDER_LINKED -> erpLink.link(message);
            case ErpMessages.ERP_ORDER_CHANGED -> erpChanges.apply(message);
            case ErpMessages.CANCELLATION_ANSWERED -> cancellation.answer(message);
            default -> throw new PermanentFailure("interchange", "the orders context does not handle " + message.type());
        }
    }
}
