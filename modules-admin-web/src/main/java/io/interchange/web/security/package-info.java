/**
 * What every answer of the web edge carries to protect its users: security headers on pages and
 * API answers, and nothing that names the server's software or version.
 */
package io.interchange.web.security;
