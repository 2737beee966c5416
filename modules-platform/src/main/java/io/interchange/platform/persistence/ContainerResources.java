package io.interchange.platform.persistence;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Looks up a container resource by the first of several JNDI names that resolves. Looked up, not
 * {@code @Resource}: a library jar's CDI beans get no resource injection in an EAR on Payara.
 */
public final class ContainerResources {

    private static volatile TransactionSynchronizationRegistry transactions;

    private ContainerResources() {
    }

    /** The JTA transaction of the calling thread, to register for its outcome or ask whether it is doomed. */
    public static TransactionSynchronizationRegistry transactions() {
        if (transactions == null) {
            try {
                transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                throw new IllegalStateException("no transaction synchronization registry", e);
            }
        }
        return transactions;
    }

    public static <T> T lookup(List<String> names) throws NamingException {
        NamingException last = new NamingException("no JNDI names given");
        for (String name : names) {
            try {
                return InitialContext.doLookup(name);
            } catch (NamingException e) {
                last = e;
            }
        }
        throw last;
    }
}
