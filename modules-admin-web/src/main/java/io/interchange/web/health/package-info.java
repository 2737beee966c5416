/** MicroProfile Health readiness checks: the database and the message broker. */
package io.interchange.web.health;
