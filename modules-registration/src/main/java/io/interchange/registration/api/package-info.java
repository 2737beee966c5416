/**
 * What the rest of the application may use of the registration context: the form, the
 * desk that takes it ({@link io.interchange.registration.api.RegistrationDesk}), the events on
 * offer, and the completion event.
 */
package io.interchange.registration.api;
