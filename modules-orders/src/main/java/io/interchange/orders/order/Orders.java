package io.interchange.orders.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The hub's orders. */
@ApplicationScoped
public class Orders {

    @PersistenceContext(unitName = "orders")
    EntityManager em;

    public void add(Order order) {
        em.persist(order);
        em.flush();
    }

    public Optional<Order> byEcpId(String ecpOrderId) {
        return first(em.createQuery("select o from HubOrder o where o.ecpOrderId = :id", Order.class)
                .setParameter("id", ecpOrderId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
    }

    public Optional<Order> byNumber(String number) {
        return first(em.createQuery("select o from HubOrder o where o.number = :n", Order.class)
                .setParameter("n", number).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
    }

    public Optional<Order> find(String ecpOrderId) {
        return first(em.createQuery("select o from HubOrder o where o.ecpOrderId = :id", Order.class)
                .setParameter("id", ecpOrderId).getResultList());
    }

    public List<Order> latest(int limit) {
        return em.createQuery("select o from HubOrder o order by o.placedAt desc", Order.class)
                .setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(o) from HubOrder o", Long.class).getSingleResult();
    }

    private static Optional<Order> first(List<Order> orders) {
        return orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(0));
    }
}
