/**
 * What the servers of a cluster share through the database, since they share nothing else: which
 * server does the work only one may do at a time ({@link io.interchange.platform.cluster.Leases}),
 * which servers are alive ({@link io.interchange.platform.cluster.Members}), the keys' quotas
 * ({@link io.interchange.platform.cluster.SharedTokenBuckets}) and the circuit breakers' failure
 * counts ({@link io.interchange.platform.cluster.BreakerCounts}). Plain JDBC on the non-transactional
 * data source, each statement committed at once: a delivery's transaction never holds their locks,
 * and a rollback of the delivery does not undo them.
 */
package io.interchange.platform.cluster;
