/**
 * Taking a paid registration: the desk the web edge calls ({@link io.interchange.registration.signup.Registrar}),
 * the book that records the registration and fans it out to its activities, and the registrations
 * as recorded, with each step's state ({@link io.interchange.registration.signup.RecordedRegistrations}).
 */
package io.interchange.registration.signup;
