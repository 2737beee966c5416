package io.interchange.platform.cluster;

import java.sql.SQLException;

/** The shared state could not be read or written: the database is away, or its pool is exhausted. */
public class SharedStateException extends RuntimeException {

    SharedStateException(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
