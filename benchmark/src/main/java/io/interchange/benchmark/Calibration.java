package io.interchange.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/** What this machine can do at all, measured in the same run, so every figure is also a ratio. */
final class Calibration {

    private Calibration() {
    }

    /** Durable 4 KiB writes per second on the disk the platform uses (write + fsync). */
    static double fsyncsPerSecond(Path dir, long millis) throws IOException {
        Path file = Files.createTempFile(dir, "fsync", ".bin");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(4096);
            long count = 0;
            long end = System.nanoTime() + millis * 1_000_000;
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                block.rewind();
                channel.write(block, (count % 256) * 4096);
                channel.force(false);
                count++;
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Requests per second of {@code GET /api/v1/ping} with {@code clients} requests always in flight. */
    static double trivialRequestsPerSecond(HttpClient http, String baseUrl, int clients, long millis) {
        HttpRequest ping = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/ping")).GET().build();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + millis * 1_000_000;
        long start = System.nanoTime();
        CompletableFuture<?>[] loops = new CompletableFuture<?>[clients];
        var threads = java.util.concurrent.Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            loops[c] = CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    try {
                        http.send(ping, HttpResponse.BodyHandlers.discarding());
                        done.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }, threads);
        }
        CompletableFuture.allOf(loops).join();
        threads.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
