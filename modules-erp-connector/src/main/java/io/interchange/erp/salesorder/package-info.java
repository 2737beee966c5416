/**
 * The order flow's steps on the ERP side: creating the sales order exactly once, turning
 * ERP change notifications into state snapshots, cancelling.
 */
package io.interchange.erp.salesorder;
