package io.interchange.orders.order;

import io.interchange.orders.api.OrderReferences;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link OrderReferences} from the hub's orders. A stateless EJB, not a CDI bean, because the
 * web module calls it and only a component of this module resolves the {@code orders} persistence
 * unit on Payara.
 */
@Stateless
@Local(OrderReferences.class)
public class HubOrderReferences implements OrderReferences {

    static final int MAX_REFERENCE = 255;

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    @Override
    public List<String> storyKeys(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE) {
            return List.of();
        }
        // the newest: an ERP whose numbering starts again (a test system reset) reuses its numbers
        List<Order> orders = em.createQuery("select o from HubOrder o where o.ecpOrderId = :r or o.number = :r"
                + " or o.erpOrderId = :r or o.erpOrderNumber = :r order by o.placedAt desc, o.id desc", Order.class)
                .setParameter("r", reference.trim()).setMaxResults(1).getResultList();
        if (orders.isEmpty()) {
            return List.of();
        }
        Order order = orders.get(0);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(order.ecpOrderId());
        keys.add(order.number());
        if (order.erpOrderId() != null) {
            keys.add(order.erpOrderId());
        }
        return List.copyOf(keys);
    }
}
