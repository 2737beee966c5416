package io.interchange.orders.order;

import io.interchange.platform.persistence.StoreReadiness;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the orders persistence unit can query its orders: the orders consumer needs it for every message. */
@Readiness
@Stateless // an EJB, so that its persistence unit resolves in its own module whoever asks
public class OrdersStoreReadiness implements HealthCheck {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    /** No transaction: a failed query must answer DOWN, not roll back into an exception at commit. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public HealthCheckResponse call() {
        return StoreReadiness.of("orders-store", () -> em.createQuery("select o.ecpOrderId from HubOrder o", String.class)
                .setMaxResults(1).getResultList());
    }
}
