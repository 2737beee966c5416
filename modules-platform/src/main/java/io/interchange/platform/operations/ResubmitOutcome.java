package io.interchange.platform.operations;

import io.interchange.platform.operator.OperationRefusedException;

/**
 * What became of one message of a bulk resubmit.
 *
 * @param failedMessageId the failed message
 * @param messageId       the new message's id, or null when refused
 * @param refusal         why it was refused, or null when resubmitted
 */
public record ResubmitOutcome(long failedMessageId, String messageId, OperationRefusedException refusal) {

    public boolean resubmitted() {
        return refusal == null;
    }
}
