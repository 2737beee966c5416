/** The registration fan-out's activity messages, taken off the {@code RegistrationActivities} queue. */
package io.interchange.registration.activities;
