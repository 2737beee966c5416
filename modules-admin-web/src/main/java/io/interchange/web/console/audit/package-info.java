/** The audit trail: who did what and when, filtered by person, action and note. */
package io.interchange.web.console.audit;
