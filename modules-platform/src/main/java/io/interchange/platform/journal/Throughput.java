package io.interchange.platform.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Events in (by the client that sent them), messages consumed (by consumer) and failures, per
 * minute over the last hour, counted from the journal. At most {@link #MAX_HOPS} hops are read,
 * the newest, so a very busy hour shows its latest part rather than slowing the page.
 */
@ApplicationScoped
public class Throughput {

    static final int MAX_HOPS = 50_000;
    static final int MINUTES = 60;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public ThroughputView lastHour(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        Instant start = end.minus(Duration.ofMinutes(MINUTES));
        List<Object[]> rows = em.createQuery("select j.hop, j.actor, j.detail, j.at from JournalEntry j"
                        + " where j.at >= :start and j.hop in :hops order by j.at desc", Object[].class)
                .setParameter("start", start)
                .setParameter("hops", List.of(Hop.RECEIVED, Hop.CONSUMED, Hop.FAILED))
                .setMaxResults(MAX_HOPS).getResultList();
        MinuteCounts counts = new MinuteCounts(start, MINUTES);
        for (Object[] row : rows) {
            counts.add((Hop) row[0], (String) row[1], (String) row[2], (Instant) row[3]);
        }
        return counts.view();
    }
}
