/**
 * Who is using the console: the form login (Jakarta Security, a Faces login page), logout, and
 * what the caller's role lets them do, asked by every page before it acts.
 */
package io.interchange.web.console.session;
