package io.interchange.platform.operations;

import io.interchange.platform.audit.AuditAction;
import io.interchange.platform.audit.AuditTrail;
import io.interchange.platform.contract.MessageContracts;
import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.failure.FailedMessages;
import io.interchange.platform.operator.OperationRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Replaces the payload of an open failed message with a validated one, before a resubmit. */
@ApplicationScoped
public class PayloadEdit {

    @Inject
    FailedMessages failures;

    @Inject
    AuditTrail audit;

    @Inject
    MessageContracts contracts;

    @Transactional(Transactional.TxType.REQUIRED)
    public FailedMessage edit(long failedMessageId, String payload, String actor) {
        FailedMessage failed = failures.lock(failedMessageId)
                .orElseThrow(() -> OperationRefusedException.notFound(failedMessageId));
        Open.require(failed, "edited");
        PayloadRules.check(failed.messageType(), payload, contracts.schemas(failed.messageType()));
        String before = failed.data();
        failed.editData(payload);
        audit.record(actor, AuditAction.PAYLOAD_EDITED, failed.id(), failed.messageId(), before, payload, null);
        return failed;
    }
}
