/**
 * The simulated eCommerce platform (modelled on BigCommerce Orders): generated
 * orders kept in memory, the REST API the platform calls under {@code /ecp} (read an order,
 * write back the ERP reference, payments, shipments and status, with {@code Idempotency-Key}
 * replay), the {@code ecp.order.*} events it sends, and its admin API under {@code /sim/ecp}.
 */
package io.interchange.simulators.ecp;
