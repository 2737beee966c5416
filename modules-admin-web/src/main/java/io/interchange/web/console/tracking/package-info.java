/**
 * Tracking: one search box that finds a story by any of its keys and shows its timeline; an order's
 * reference, the ERP's sales order number too, gives the order's whole story.
 */
package io.interchange.web.console.tracking;
