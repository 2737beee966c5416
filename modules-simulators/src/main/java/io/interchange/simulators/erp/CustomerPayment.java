package io.interchange.simulators.erp;

import java.math.BigDecimal;
import java.time.Instant;

/** The invoice of a sales order, paid. */
public record CustomerPayment(String status, BigDecimal amount, String invoiceNumber, Instant paidAt) {
}
