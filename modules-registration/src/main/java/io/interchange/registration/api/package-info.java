/**
 * What the rest of the application may use of the registration context: the form, the
 * desk that takes it ({@link io.interchange.registration.api.RegistrationDesk}), the registration
 * ids, the events on offer, the completion event, and the registrations so far with each step's
 * state, for the operators' console ({@link io.interchange.registration.api.RegistrationRecords}).
 * It depends on none of the context's internals: they implement and use what it publishes.
 */
package io.interchange.registration.api;
