package io.interchange.platform.failure;

import io.interchange.platform.alerts.AlertKind;
import io.interchange.platform.alerts.Alerts;
import io.interchange.platform.journal.Hop;
import io.interchange.platform.journal.Journal;
import io.interchange.platform.message.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store of failed messages: the errors queue. */
@ApplicationScoped
public class FailedMessages {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Journal journal;

    @Inject
    Alerts alerts;

    /**
     * @param queue  the queue the message came from, where a resubmit sends it again
     * @param system the failing system, or null when unknown (then the message's target system)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(Envelope message, String consumer, String queue, String system, String reason) {
        FailedMessage failed = new FailedMessage(message, consumer, queue,
                system == null ? message.targetSystem() : system, reason, Instant.now());
        em.persist(failed);
        journal.record(message, Hop.FAILED, consumer, reason);
        alerts.raise(AlertKind.DEAD_LETTER, AlertKind.DEAD_LETTER.key(failed.failureGroup()),
                "Messages reach the errors queue: " + failed.failureGroup(),
                "latest: message " + failed.messageId() + " (" + consumer + "): " + reason);
    }

    /**
     * After an operator closed {@code failed} (resubmitted or discarded): when its group has no open
     * message left, the group's alert is resolved, so that the next failure of that kind raises (and
     * mails) a new one. In the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(FailedMessage failed) {
        em.flush();
        if (openOfGroup(failed.failureGroup(), 1).isEmpty()) {
            alerts.resolve(AlertKind.DEAD_LETTER.key(failed.failureGroup()));
        }
    }

    public Optional<FailedMessage> find(long id) {
        return Optional.ofNullable(em.find(FailedMessage.class, id));
    }

    /** Finds and locks a failed message for an operator's action, so two operators cannot both act on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FailedMessage> lock(long id) {
        return Optional.ofNullable(em.find(FailedMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<FailedMessage> search(FailedMessageQuery query) {
        StringBuilder jpql = new StringBuilder("select f from FailedMessage f where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        equal(jpql, parameters, "system", query.system());
        equal(jpql, parameters, "message.messageType", query.type());
        equal(jpql, parameters, "consumer", query.consumer());
        equal(jpql, parameters, "message.correlationId", query.businessKey());
        equal(jpql, parameters, "failureGroup", query.group());
        if (query.status() != null) {
            jpql.append(query.status() == FailureStatus.OPEN ? " and (f.status = :status or f.status is null)"
                    : " and f.status = :status");
            parameters.put("status", query.status());
        }
        if (query.failedBefore() != null) {
            jpql.append(" and f.failedAt < :before");
            parameters.put("before", query.failedBefore());
        }
        jpql.append(" order by f.failedAt desc, f.id desc");
        TypedQuery<FailedMessage> typed = em.createQuery(jpql.toString(), FailedMessage.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(query.limit()).getResultList();
    }

    /** The ids of the open messages of a group, oldest first. */
    public List<Long> openOfGroup(String group, int limit) {
        return em.createQuery("select f.id from FailedMessage f where f.failureGroup = :g"
                        + " and (f.status = :open or f.status is null) order by f.id", Long.class)
                .setParameter("g", group).setParameter("open", FailureStatus.OPEN)
                .setMaxResults(limit).getResultList();
    }

    /** The failure groups of the messages in this status (all statuses when null), largest first. */
    public List<FailureGroupCount> groups(FailureStatus status) {
        String where = status == null ? "" : status == FailureStatus.OPEN
                ? " where (f.status = :status or f.status is null)" : " where f.status = :status";
        var query = em.createQuery("select f.failureGroup, f.consumer, f.message.messageType, count(f), min(f.failedAt),"
                + " max(f.failedAt) from FailedMessage f" + where
                + " group by f.failureGroup, f.consumer, f.message.messageType",
                Object[].class);
        if (status != null) {
            query.setParameter("status", status);
        }
        List<FailureGroupCount> groups = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            groups.add(new FailureGroupCount((String) row[0], (String) row[1], (String) row[2],
                    ((Number) row[3]).longValue(), instant(row[4]), instant(row[5])));
        }
        groups.sort(Comparator.comparingLong(FailureGroupCount::count).reversed()
                .thenComparing(FailureGroupCount::oldest, Comparator.nullsLast(Comparator.naturalOrder())));
        return groups;
    }

    public List<FailedMessage> ofConsumer(String consumer) {
        return em.createQuery("select f from FailedMessage f where f.consumer = :c order by f.id", FailedMessage.class)
                .setParameter("c", consumer).getResultList();
    }

    public List<FailedMessage> ofMessage(String messageId) {
        return em.createQuery("select f from FailedMessage f where f.message.messageId = :m order by f.id", FailedMessage.class)
                .setParameter("m", messageId).getResultList();
    }

    /** The failed message whose resubmit sent this message, if any. */
    public Optional<FailedMessage> resubmittedAs(String messageId) {
        return em.createQuery("select f from FailedMessage f where f.resubmittedAs = :m", FailedMessage.class)
                .setParameter("m", messageId).setMaxResults(1).getResultList().stream().findFirst();
    }

    private static void equal(StringBuilder jpql, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            String parameter = field.replace(".", "_");
            jpql.append(" and f.").append(field).append(" = :").append(parameter);
            parameters.put(parameter, value);
        }
    }

    /** An aggregate over a converted column may come back unconverted. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
