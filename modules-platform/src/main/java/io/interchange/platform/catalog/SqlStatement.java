package io.interchange.platform.catalog;

import io.interchange.platform.mapping.Mapping;
import java.util.Map;

/**
 * One parameterized SQL statement of a database operation. Each {@code :name} in {@code sql} is
 * bound (never spliced into the text) to the value its mapping gives.
 *
 * @param forEach null: run once on the standard message; else run once per element of the array
 *                this mapping gives, on the standard message with {@code item} and {@code index} added
 */
public record SqlStatement(String sql, Map<String, Mapping> parameters, Mapping forEach) {

    public SqlStatement {
        parameters = Map.copyOf(parameters);
    }
}
