/**
 * Taking a paid registration: the desk the web edge calls ({@link io.interchange.registration.signup.Registrar}),
 * and the book that records the registration and fans it out to its activities.
 */
package io.interchange.registration.signup;
