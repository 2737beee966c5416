package io.interchange.platform.operations;

import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.operator.OperationRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resubmits many failed messages, each in its own transaction: one refused or failing message
 * does not hold back the others, and the answer tells each one's outcome.
 */
@ApplicationScoped
public class BulkResubmission {

    /** Most messages resubmitted by one call; a larger group takes several calls. */
    public static final int MAX_PER_CALL = 1000;

    private static final Logger LOG = Logger.getLogger(BulkResubmission.class.getName());

    @Inject
    Resubmission resubmission;

    @Inject
    FailedMessages failures;

    public List<ResubmitOutcome> resubmitGroup(String group, String actor, String note) {
        return resubmit(failures.openOfGroup(group, MAX_PER_CALL), actor, note);
    }

    public List<ResubmitOutcome> resubmit(List<Long> failedMessageIds, String actor, String note) {
        List<ResubmitOutcome> outcomes = new ArrayList<>();
        for (long id : failedMessageIds) {
            try {
                outcomes.add(new ResubmitOutcome(id, resubmission.resubmit(id, actor, note).id(), null));
            } catch (OperationRefusedException refused) {
                outcomes.add(new ResubmitOutcome(id, null, refused));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "resubmit of failed message " + id + " failed", e);
                outcomes.add(new ResubmitOutcome(id, null, OperationRefusedException.unavailable(
                        "failed message " + id + " could not be resubmitted now (" + e.getClass().getSimpleName()
                                + "); nothing was sent, try again")));
            }
        }
        return outcomes;
    }
}
