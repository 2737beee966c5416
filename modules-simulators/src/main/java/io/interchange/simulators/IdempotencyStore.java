package io.interchange.simulators;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembers the first answer per idempotency key (within a scope, e.g. one shop order's
 * payments, or PayPal's {@code PayPal-Request-Id}s) and answers a repeated key with it,
 * without running the effect again. A concurrent repeat waits for the first to finish. When
 * the effect fails (throws), nothing is remembered, so the client's retry runs it again.
 */
public final class IdempotencyStore {

    /** The answer, and whether it is a replay of an earlier one. */
    public record Outcome(StoredAnswer answer, boolean replayed) {
    }

    private final ConcurrentMap<String, CompletableFuture<StoredAnswer>> answers = new ConcurrentHashMap<>();
    private final AtomicLong replays = new AtomicLong();

    public Outcome answer(String scope, String key, Supplier<StoredAnswer> firstTime) {
        String entry = scope + '\n' + key;
        while (true) {
            CompletableFuture<StoredAnswer> mine = new CompletableFuture<>();
            CompletableFuture<StoredAnswer> earlier = answers.putIfAbsent(entry, mine);
            if (earlier == null) {
                try {
                    StoredAnswer answer = firstTime.get();
                    mine.complete(answer);
                    return new Outcome(answer, false);
                } catch (RuntimeException | Error e) {
                    answers.remove(entry, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            try {
                StoredAnswer answer = earlier.join();
                replays.incrementAndGet();
                return new Outcome(answer, true);
            } catch (CompletionException failedFirst) {
                // the first attempt failed and was forgotten: try to become the first
            }
        }
    }

    public long replays() {
        return replays.get();
    }

    public void clear() {
        answers.clear();
        replays.set(0);
    }
}
