/** The alerts, open, acknowledged or resolved; an operator acknowledges one with a note saying who is on it. */
package io.interchange.web.console.alerts;
