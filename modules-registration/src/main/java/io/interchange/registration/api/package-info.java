/**
 * What the rest of the application may use of the registration context: the form, the
 * desk that takes it ({@link io.interchange.registration.api.RegistrationDesk}), the registration
 * ids, the events on offer, and the completion event. It depends on none of the context's
 * internals: they implement and use what it publishes.
 */
package io.interchange.registration.api;
