/** The connected systems: status, breaker, parked backlog; an operator takes one offline or brings it online. */
package io.interchange.web.console.systems;
