/**
 * The manual message page: an operator sends a message by hand to an operation of a catalog
 * system, its input entered in a form made from the operation's input schema (or as raw JSON),
 * checked against that schema, sent over the bus and audited under the person's name.
 */
package io.interchange.web.console.manual;
