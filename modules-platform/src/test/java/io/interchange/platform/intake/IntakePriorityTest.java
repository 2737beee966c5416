package io.interchange.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Runs with the JVM options the run script gives the domain (this module's surefire argLine). */
class IntakePriorityTest {

    @Test
    void aConsumersThreadRunsAtTheLowestJavaPriority() throws Exception {
        assertThat(onANewThread(() -> {
            new IntakePriority(1).lowerThisConsumer();
            return Thread.currentThread().getPriority();
        })).isEqualTo(Thread.MIN_PRIORITY);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void linuxSchedulesItAtNiceTenWhileTheIntakesThreadsStayAtZero() throws Exception {
        assertThat(onANewThread(IntakePriorityTest::niceOfThisThread)).as("a request thread's").isZero();
        assertThat(onANewThread(() -> {
            new IntakePriority(1).lowerThisConsumer();
            return niceOfThisThread();
        })).as("a consumer's").isEqualTo(10);
    }

    @Test
    void fiveLeavesTheConsumersBesideTheIntake() throws Exception {
        assertThat(onANewThread(() -> {
            new IntakePriority(5).lowerThisConsumer();
            return Thread.currentThread().getPriority();
        })).isEqualTo(Thread.NORM_PRIORITY);
    }

    @Test
    void aSettingOutsideOneToFiveIsBroughtIntoIt() throws Exception {
        assertThat(onANewThread(() -> {
            new IntakePriority(0).lowerThisConsumer();
            return Thread.currentThread().getPriority();
        })).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(onANewThread(() -> {
            new IntakePriority(9).lowerThisConsumer();
            return Thread.currentThread().getPriority();
        })).as("never above the intake's").isEqualTo(Thread.NORM_PRIORITY);
    }

    private static int onANewThread(Supplier<Integer> task) throws Exception {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        thread.start();
        return result.get(10, TimeUnit.SECONDS);
    }

    /** The nice value Linux schedules the calling thread with (field 19 of its stat). */
    private static int niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
