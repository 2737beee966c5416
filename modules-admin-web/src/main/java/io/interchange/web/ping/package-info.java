/** A trivial endpoint for calibration: what the HTTP edge costs without any work behind it. */
package io.interchange.web.ping;
