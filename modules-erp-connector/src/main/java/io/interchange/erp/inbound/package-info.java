/** ERP change notifications taken off the {@code ErpInbound} queue, exactly once. */
package io.interchange.erp.inbound;
