/** The registrations, newest first, with their payment and each step's state; a failed step links to its errors-queue entry. */
package io.interchange.web.console.registrations;
