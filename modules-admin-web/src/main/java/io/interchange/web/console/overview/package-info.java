/** The console's front page: throughput, backlog, failures and open alerts, refreshed while it is open. */
package io.interchange.web.console.overview;
