package io.interchange.orders.sync;

import io.interchange.erp.api.ErpMessages.SalesOrderLinked;
import io.interchange.orders.order.Order;
import io.interchange.orders.order.Orders;
import io.interchange.orders.shop.ShopClient;
import io.interchange.platform.canonical.CanonicalJson;
import io.interchange.platform.delivery.PermanentFailure;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;

/** The ERP created the sales order: record the link and give the shop its ERP reference (an idempotent PUT). */
@ApplicationScoped
public class ErpLinkToShop {

    @Inject
    Orders orders;

    @Inject
    ShopClient shop;

    public void link(Envelope message) {
        SalesOrderLinked linked = CanonicalJson.read(message.data(), SalesOrderLinked.class);
        Order order = orders.byEcpId(linked.ecpOrderId()).orElseThrow(() -> new PermanentFailure("interchange",
                "no order " + linked.ecpOrderId() + " in the hub for sales order " + linked.erpOrderNumber()));
        shop.erpReference(order.ecpOrderId(), CanonicalJson.write(Map.of(
                "erpOrderId", linked.erpOrderId(), "erpOrderNumber", linked.erpOrderNumber())));
        order.linkTo(linked.erpOrderId(), linked.erpOrderNumber(), Instant.now());
    }
}
