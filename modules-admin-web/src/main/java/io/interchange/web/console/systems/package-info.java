/**
 * The connected systems: status, breaker, parked backlog and what each one's catalog file says; an
 * operator takes one offline, brings it online, or sets a maintenance window, starting now or scheduled to
 * start later, that ends by itself.
 */
package io.interchange.web.console.systems;
