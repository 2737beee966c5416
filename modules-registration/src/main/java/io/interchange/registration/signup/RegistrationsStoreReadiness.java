package io.interchange.registration.signup;

import io.interchange.platform.persistence.StoreReadiness;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the registration persistence unit can query its registrations. */
@Readiness
@Stateless // an EJB, so that its persistence unit resolves in its own module whoever asks
public class RegistrationsStoreReadiness implements HealthCheck {

    @PersistenceContext(unitName = "registration")
    EntityManager em;

    /** No transaction: a failed query must answer DOWN, not roll back into an exception at commit. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public HealthCheckResponse call() {
        return StoreReadiness.of("registration-store", () -> em.createQuery("select r.id from Registration r")
                .setMaxResults(1).getResultList());
    }
}
