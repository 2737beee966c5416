package io.interchange.platform.operations;

import io.interchange.platform.failure.FailedMessage;
import io.interchange.platform.failure.FailureStatus;
import io.interchange.platform.operator.OperationRefusedException;

/** Operators act only on open failed messages: a resubmitted or discarded one is closed. */
final class Open {

    private Open() {
    }

    static void require(FailedMessage failed, String action) {
        if (failed.status() != FailureStatus.OPEN) {
            throw OperationRefusedException.conflict("failed message " + failed.id() + " is " + failed.status()
                    + "; only an OPEN one can be " + action);
        }
    }
}
