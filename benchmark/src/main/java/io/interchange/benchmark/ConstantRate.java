package io.interchange.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Recorder;

/**
 * An open-loop load: request {@code i} is due at {@code start + i / rate}, whatever happened to
 * the ones before, and its latency counts from when it was due, not from when it was sent. A
 * server that stalls therefore shows its queueing in the figures (no coordinated omission).
 */
final class ConstantRate {

    record Result(double rate, double achieved, long ok, long failed, double p50ms, double p99ms, double p999ms,
            double maxMs, String firstError) {

        String line(String what) {
            return String.format("%-22s target %6.0f/s  achieved %7.1f/s  ok %6d  failed %5d  p50 %7.2f ms  p99 %8.2f ms"
                    + "  p99.9 %8.2f ms  max %8.2f ms%s", what, rate, achieved, ok, failed, p50ms, p99ms, p999ms, maxMs,
                    firstError == null ? "" : "  first error: " + firstError);
        }
    }

    private ConstantRate() {
    }

    static Result run(HttpClient http, double rate, Duration duration, LongFunction<HttpRequest> request,
            int expectedStatus) throws InterruptedException {
        Recorder latencies = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long count = Math.round(rate * duration.toMillis() / 1000.0);
        long intervalNanos = Math.round(1e9 / rate);
        long start = System.nanoTime();
        CompletableFuture<?>[] inFlight = new CompletableFuture<?>[(int) count];
        for (long i = 0; i < count; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            inFlight[(int) i] = http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        latencies.recordValue(Math.max(0, System.nanoTime() - due) / 1000);
                        if (error == null && response.statusCode() == expectedStatus) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            if (errors.isEmpty()) {
                                errors.add(error != null ? error.toString()
                                        : response.statusCode() + " " + abbreviate(response.body()));
                            }
                        }
                    });
        }
        try {
            CompletableFuture.allOf(inFlight).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            errors.add("not all answered within 120 s: " + e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var histogram = latencies.getIntervalHistogram();
        return new Result(rate, (ok.get() + failed.get()) / seconds, ok.get(), failed.get(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getValueAtPercentile(99.9) / 1000.0, histogram.getMaxValue() / 1000.0, errors.peek());
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
