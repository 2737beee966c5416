package io.interchange.simulators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

    private final IdempotencyStore cut = new IdempotencyStore();
    private final AtomicInteger effects = new AtomicInteger();

    private StoredAnswer effect() {
        return new StoredAnswer(201, "{\"n\":" + effects.incrementAndGet() + "}");
    }

    @Test
    void a_repeated_key_gets_the_first_answer_without_a_second_effect() {
        IdempotencyStore.Outcome first = cut.answer("1001 payments", "key-1", this::effect);
        IdempotencyStore.Outcome again = cut.answer("1001 payments", "key-1", this::effect);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.answer()).isEqualTo(first.answer()).isEqualTo(new StoredAnswer(201, "{\"n\":1}"));
        assertThat(effects).hasValue(1);
        assertThat(cut.replays()).isEqualTo(1);
    }

    @Test
    void keys_are_independent_per_key_and_per_scope() {
        cut.answer("1001 payments", "key-1", this::effect);
        cut.answer("1001 payments", "key-2", this::effect);
        cut.answer("1001 shipments", "key-1", this::effect);

        assertThat(effects).hasValue(3);
        assertThat(cut.replays()).isZero();
    }

    @Test
    void a_failed_first_attempt_is_forgotten_so_the_retry_runs() {
        assertThatThrownBy(() -> cut.answer("s", "k", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        IdempotencyStore.Outcome retry = cut.answer("s", "k", this::effect);

        assertThat(retry.replayed()).isFalse();
        assertThat(effects).hasValue(1);
    }

    @Test
    void concurrent_requests_with_one_key_have_one_effect() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IdempotencyStore.Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return cut.answer("s", "same", this::effect);
            }));
        }
        start.countDown();
        List<StoredAnswer> answers = new ArrayList<>();
        for (Future<IdempotencyStore.Outcome> outcome : outcomes) {
            answers.add(outcome.get(10, TimeUnit.SECONDS).answer());
        }
        pool.shutdown();

        assertThat(effects).hasValue(1);
        assertThat(answers).containsOnly(new StoredAnswer(201, "{\"n\":1}"));
        assertThat(cut.replays()).isEqualTo(31);
    }

    @Test
    void clear_forgets_everything() {
        cut.answer("s", "k", this::effect);
        cut.clear();

        assertThat(cut.answer("s", "k", this::effect).replayed()).isFalse();
        assertThat(effects).hasValue(2);
    }
}
