/**
 * The event registration context: payment, the durable fan-out of the three activities
 * (save, confirmation email, mailing list) and their fan-in. (Built out by the registration work.)
 */
package io.interchange.registration;
