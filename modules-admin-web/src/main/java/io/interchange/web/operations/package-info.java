/**
 * {@code /api/v1/operations}: the errors queue as a workplace (list, group, view, edit,
 * resubmit, discard failed messages) and the audit trail. Viewer keys read, operator keys also
 * act; every error is problem details. The work itself is the platform's
 * ({@code io.interchange.platform.operations}); this package authenticates and speaks JSON.
 */
package io.interchange.web.operations;
