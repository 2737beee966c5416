package io.interchange.platform.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The intake's share of the CPU: a consumer delivers on a thread the operating system schedules
 * below the request threads that answer the intake, so that when both want the cores the intake
 * gets most of them and a shop's webhook is answered while the pipeline is busy. The consumers are
 * not held back when the intake is quiet: a lower priority only counts while threads compete.
 * <p>
 * Java priorities reach Linux only with the JVM options the run script gives the domain
 * ({@code -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10}: priority 1 runs at nice
 * 10, a tenth of a normal thread's weight); without them this changes nothing. A pooled thread keeps
 * the priority for whatever it runs next, and a thread once lowered cannot be raised again by a
 * server that does not run as root: {@code interchange.intake.consumer-priority} (1 to 5; 5 is the
 * intake's own) applies to threads not lowered yet.
 */
@ApplicationScoped
public class IntakePriority {

    @Inject
    @ConfigProperty(name = "interchange.intake.consumer-priority", defaultValue = "1")
    int consumerPriority;

    public IntakePriority() {
    }

    IntakePriority(int consumerPriority) {
        this.consumerPriority = consumerPriority;
    }

    /** Called by a consumer before each delivery, on the thread that delivers. */
    public void lowerThisConsumer() {
        int wanted = Math.max(Thread.MIN_PRIORITY, Math.min(Thread.NORM_PRIORITY, consumerPriority));
        Thread thread = Thread.currentThread();
        if (thread.getPriority() != wanted) {
            thread.setPriority(wanted);
        }
    }
}
