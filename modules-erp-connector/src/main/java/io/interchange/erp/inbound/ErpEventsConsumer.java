package io.interchange.erp.inbound;

import io.interchange.erp.api.ErpConnectorContract;
import io.interchange.erp.api.ErpMessages;
import io.interchange.erp.client.ErpClient;
import io.interchange.erp.salesorder.ErpChangeFeed;
import io.interchange.erp.salesorder.SalesOrderCancellation;
import io.interchange.erp.salesorder.SalesOrderCreation;
import io.interchange.orders.api.OrderMessages;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.inbound.InboundDelivery;
import io.interchange.platform.message.Envelope;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Takes placed orders, cancellations and the ERP's change notifications off the ErpInbound queue. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = ErpConnectorContract.QUEUE)})
public class ErpEventsConsumer implements MessageListener {

    @Inject
    InboundDelivery delivery;

    @Inject
    SalesOrderCreation creation;

    @Inject
    ErpChangeFeed changes;

    @Inject
    SalesOrderCancellation cancellation;

    @Override
    public void onMessage(Message message) {
        delivery.receive("erp-connector", ErpClient.SYSTEM, message, this::handle);
    }

    private void handle(Envelope message) {
        switch (message.type()) {
            case OrderMessages.ORDER_PLACED -> creation.create(message);
            case ErpMessages.ERP_SALES_ORDER_CHANGED -> changes.changed(message);
            case OrderMessages.CANCELLATION_REQUESTED -> cancellation.cancel(message);
            default -> throw new PermanentFailure("interchange", "the ERP connector does not handle " + message.type());
        }
    }
}
