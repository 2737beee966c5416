package io.interchange.erp.api;

import io.interchange.orders.api.OrderMessages;
import io.interchange.platform.contract.BusinessKey;
import io.interchange.platform.contract.MessageContract;
import java.util.Map;
import java.util.Set;

/** The ERP connector on the bus: placed orders, cancellation requests and the ERP's changes come to its queue. */
public final class ErpConnectorContract implements MessageContract {

    public static final String QUEUE = "ErpInbound";

    @Override
    public String queue() {
        return QUEUE;
    }

    @Override
    public Set<String> consumes() {
        return Set.of(ErpMessages.ERP_SALES_ORDER_CHANGED, OrderMessages.ORDER_PLACED, OrderMessages.CANCELLATION_REQUESTED);
    }

    @Override
    public Set<String> owns() {
        return Set.of(ErpMessages.ERP_SALES_ORDER_CHANGED, ErpMessages.SALES_ORDER_LINKED, ErpMessages.ERP_ORDER_CHANGED,
                ErpMessages.CANCELLATION_ANSWERED);
    }

    /** The ERP's sales order ids are GUIDs; the key ends up in the URLs of calls to the ERP. */
    @Override
    public Map<String, BusinessKey> businessKeys() {
        return Map.of(ErpMessages.ERP_SALES_ORDER_CHANGED, new BusinessKey("salesOrderId",
                "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"));
    }
}
