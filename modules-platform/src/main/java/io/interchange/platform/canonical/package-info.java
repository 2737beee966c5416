/**
 * The canonical data model: the bus's shared language between contexts (the canonical order
 * and the messages about it), as JSON records. It lives in the kernel because messages flow
 * both ways between the orders context and the ERP connector: if each owned its messages,
 * the two modules would depend on each other.
 */
package io.interchange.platform.canonical;
