/**
 * System tests: the real EAR on a real Payara Server with its OpenMQ broker and H2, the
 * simulators on Payara Micro, spoken to over HTTP exactly as the connected systems do.
 */
package io.interchange.systemtests;
