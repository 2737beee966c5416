/**
 * Background demo traffic, off unless {@code sim.demo.orders-per-minute} is above 0: the shop
 * places orders at that rate, and the ERP moves each open sales order one step along its
 * lifecycle every {@code sim.demo.erp-step-seconds}, sending change notifications.
 */
package io.interchange.simulators.demo;
