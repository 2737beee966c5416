/**
 * What the contexts bring to the kernel: each publishes a {@link io.interchange.platform.contract.MessageContract}
 * (a {@link java.util.ServiceLoader} entry of its jar) naming the queue it takes its messages off, the message
 * types it takes, and a JSON Schema for each type it owns. From these the kernel builds its routing table and
 * validates payloads, without knowing any business itself.
 */
package io.interchange.platform.contract;
