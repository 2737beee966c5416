package io.interchange.platform.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contracts the deployed contexts bring, found with {@link ServiceLoader}. The kernel's own
 * class loader (the EAR's {@code lib/}) cannot see the EJB modules, so the loader of the calling
 * component (the thread's context class loader) is searched as well; a loader not seen before is
 * searched when a type is looked up in vain, so the table is complete whichever component asks first.
 */
@ApplicationScoped
public class MessageContracts {

    private final Set<ClassLoader> searched = ConcurrentHashMap.newKeySet();
    private final Set<String> found = ConcurrentHashMap.newKeySet();
    private final List<MessageContract> contracts = new ArrayList<>();
    private volatile RoutingTable routes = RoutingTable.of(List.of());
    private volatile MessageSchemas schemas = MessageSchemas.of(List.of());
    private volatile Map<String, BusinessKey> businessKeys = Map.of();

    public RoutingTable routes(String type) {
        if (routes.queuesFor(type).isEmpty()) {
            searchMore();
        }
        return routes;
    }

    public MessageSchemas schemas(String type) {
        if (!schemas.knows(type)) {
            searchMore();
        }
        return schemas;
    }

    public Optional<BusinessKey> businessKey(String type) {
        if (!businessKeys.containsKey(type)) {
            searchMore();
        }
        return Optional.ofNullable(businessKeys.get(type));
    }

    /** Every queue of the contracts found so far. */
    public Set<String> queues() {
        searchMore();
        return routes.queues();
    }

    private void searchMore() {
        search(MessageContract.class.getClassLoader());
        search(Thread.currentThread().getContextClassLoader());
    }

    private synchronized void search(ClassLoader loader) {
        if (loader == null || !searched.add(loader)) {
            return;
        }
        boolean added = false;
        for (MessageContract contract : ServiceLoader.load(MessageContract.class, loader)) {
            if (found.add(contract.getClass().getName())) {
                contracts.add(contract);
                added = true;
            }
        }
        if (added) {
            routes = RoutingTable.of(contracts);
            schemas = MessageSchemas.of(contracts);
            Map<String, BusinessKey> keys = new HashMap<>();
            contracts.forEach(contract -> keys.putAll(contract.businessKeys()));
            businessKeys = Map.copyOf(keys);
        }
    }
}
