package io.interchange.orders.api;

import java.util.List;

/**
 * An order's references as the hub knows them, so that any one of them finds its whole story: the
 * shop's order id and number, the ERP's sales order id and number.
 */
public interface OrderReferences {

    /**
     * The business keys the order's messages are journalled under (the shop's order id for its
     * flow, the ERP's sales order id for the ERP's change notifications, the shop's order number
     * for the changes passed on to the shop), found by any of its four references; the newest order
     * when several have it; empty when none has it.
     */
    List<String> storyKeys(String reference);
}
