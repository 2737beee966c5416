/**
 * The simulated mailing list (modelled on Mailchimp's Marketing API 3.0): one
 * audience ({@code mailchimp.list-id}) whose members are upserted with
 * {@code PUT /mailchimp/3.0/lists/{listId}/members/{subscriberHash}} (HTTP Basic
 * {@code anystring:<mailchimp.api-key>}; the hash must be the MD5 of the lower-cased email) and
 * read back with {@code GET}; every upsert of a member is counted, so a test can see that a
 * repeat was harmless. Admin API under {@code /sim/mailchimp}.
 */
package io.interchange.simulators.mailchimp;
