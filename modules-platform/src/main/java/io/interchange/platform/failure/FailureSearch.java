package io.interchange.platform.failure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The errors queue page by page, newest first: for a table that loads only what it shows. */
@ApplicationScoped
public class FailureSearch {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public long count(FailureFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> query = em.createQuery("select count(f) from FailedMessage f" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<FailureRow> page(FailureFilter filter, int first, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<FailedMessage> query = em.createQuery("select f from FailedMessage f" + where
                + " order by f.failedAt desc, f.id desc", FailedMessage.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList().stream().map(FailureRow::of).toList();
    }

    public Optional<FailureRow> one(long id) {
        return Optional.ofNullable(em.find(FailedMessage.class, id)).map(FailureRow::of);
    }

    private static String where(FailureFilter filter, Map<String, Object> parameters) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        equal(jpql, parameters, "system", filter.system());
        equal(jpql, parameters, "message.messageType", filter.type());
        equal(jpql, parameters, "failureGroup", filter.group());
        if (filter.reasonText() != null && !filter.reasonText().isBlank()) {
            jpql.append(" and lower(f.reason) like :reason");
            parameters.put("reason", "%" + filter.reasonText().trim().toLowerCase(Locale.ROOT)
                    .replace("%", "").replace("_", "") + "%");
        }
        if (filter.status() != null) {
            jpql.append(filter.status() == FailureStatus.OPEN ? " and (f.status = :status or f.status is null)"
                    : " and f.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.from() != null) {
            jpql.append(" and f.failedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and f.failedAt < :to");
            parameters.put("to", filter.to());
        }
        return jpql.toString();
    }

    private static void equal(StringBuilder jpql, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            String name = "p" + parameters.size();
            jpql.append(" and f.").append(field).append(" = :").append(name);
            parameters.put(name, value.trim());
        }
    }
}
