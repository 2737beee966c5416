/**
 * The people who use the console: their accounts (name, role, PBKDF2 hash of the password), the
 * identity store that checks a login against them, and the first admin, created from the
 * configuration when there is no account yet. Roles are the API's: viewer, operator, admin.
 */
package io.interchange.web.accounts;
