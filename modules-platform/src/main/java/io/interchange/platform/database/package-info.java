/**
 * Systems reached only through their database (catalog kind {@code database}): a bounded pool per
 * system, operations as parameterized SQL applied exactly once, the rows a poll reads, the probe,
 * and what an SQL error means for the delivery (retry later or permanent).
 */
package io.interchange.platform.database;
