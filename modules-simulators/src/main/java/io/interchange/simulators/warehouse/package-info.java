/**
 * The simulated legacy warehouse, whose only interface is its database: an in-memory H2
 * database ({@code mem:warehouse}) served over TCP on {@code sim.warehouse.port}, at
 * {@code jdbc:h2:tcp://localhost:<port>/mem:warehouse}, as user {@code warehouse.db-user} with
 * {@code warehouse.db-password}. An integration writes a pick order into {@code PICK_ORDER}
 * and its lines into {@code PICK_LINE} (each SKU must be a {@code PRODUCT}: every product the
 * simulated shop sells), and reads what was shipped from {@code SHIPMENT}. A simulated worker
 * ships every pick order that has lines {@code sim.warehouse.ship-after-seconds} after it
 * arrived (carrier DHL, tracking numbers {@code WH00000001}, ...). Faults: the database server
 * stopped (connections refused; the rows survive) and the {@code SHIPMENT} table renamed.
 * Admin API under {@code /sim/warehouse}; a reset empties the tables and ends the faults.
 */
package io.interchange.simulators.warehouse;
