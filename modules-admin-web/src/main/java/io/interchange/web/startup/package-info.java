/** Starts the platform's background work (outbox relay, system watch) once the application is deployed. */
package io.interchange.web.startup;
