/** The admin's page of console users: add one with a role, change a role. */
package io.interchange.web.console.users;
