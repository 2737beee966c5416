/**
 * The platform kernel's container lifecycle: {@link io.interchange.platform.runtime.PlatformRuntime}
 * starts the outbox relay and the system watch when the application has started and stops them,
 * their threads ended, when it stops or is redeployed. The kernel itself is a library (the EAR's
 * {@code lib/}), which can hold no EJB; this module is the component it runs in.
 */
package io.interchange.platform.runtime;
