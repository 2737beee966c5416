/**
 * The benchmark: calibration of the machine (disk fsyncs, a trivial endpoint), the intake at
 * constant rates with HdrHistogram latencies, and end-to-end orders per second through the
 * simulated shop and ERP. Figures only; targets are judged in docs/benchmarks.md, never by a test.
 */
package io.interchange.benchmark;
