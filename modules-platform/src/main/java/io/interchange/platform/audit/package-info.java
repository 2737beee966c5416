/**
 * The audit trail of operators' actions: who did what to which message, when, with the state
 * before and after. Every entry is written in the transaction of the action it records, so an
 * action and its entry exist together or not at all.
 */
package io.interchange.platform.audit;
