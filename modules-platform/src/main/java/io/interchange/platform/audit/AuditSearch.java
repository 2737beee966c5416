package io.interchange.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/** The audit trail, newest first, narrowed by who acted, what they did and words of the note. */
@ApplicationScoped
public class AuditSearch {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public List<AuditView> find(String who, AuditAction action, String noteText, int limit) {
        StringBuilder jpql = new StringBuilder("select a from AuditEntry a where 1 = 1");
        boolean byWho = who != null && !who.isBlank();
        boolean byNote = noteText != null && !noteText.isBlank();
        if (byWho) {
            jpql.append(" and lower(a.actor) = :who");
        }
        if (action != null) {
            jpql.append(" and a.action = :action");
        }
        if (byNote) {
            jpql.append(" and lower(a.note) like :note");
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql.append(" order by a.at desc, a.id desc").toString(),
                AuditEntry.class);
        if (byWho) {
            query.setParameter("who", who.trim().toLowerCase(Locale.ROOT));
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (byNote) {
            query.setParameter("note", "%" + noteText.trim().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        return query.setMaxResults(limit).getResultList().stream().map(AuditView::of).toList();
    }
}
