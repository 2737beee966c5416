/** The operators' console (Jakarta Faces): backing beans per area, talking to façades only. */
package io.interchange.web.console;
