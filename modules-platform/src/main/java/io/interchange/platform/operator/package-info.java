/**
 * What every operator's action shares, whatever it acts on (a failed message, an alert, a
 * connected system): the way it is refused. The web edge answers a refusal with its HTTP problem.
 */
package io.interchange.platform.operator;
