package io.interchange.simulators;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource class as part of a simulated system's API. Fault injection (and, for
 * the ECP and ERP, the bearer-token check) applies to these classes only; the admin API under
 * {@code /sim} carries no mark and is never faulted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Simulates {
    SimulatedSystem value();
}
