/**
 * The API facade: every operation of a catalog system called through Interchange with the
 * caller's key, role and quota ({@code POST /api/v1/systems/{system}/operations/{operation}}), at
 * once or with {@code Prefer: respond-async} over the bus; and messages sent by hand to an
 * operation ({@code POST /api/v1/operations/messages}).
 */
package io.interchange.web.facade;
