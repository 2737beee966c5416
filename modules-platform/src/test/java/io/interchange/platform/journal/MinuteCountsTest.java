package io.interchange.platform.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MinuteCountsTest {

    private static final Instant START = Instant.parse("2026-12-05T19:00:00Z");

    @Test
    void hopsAreCountedPerMinuteBySenderConsumerAndFailure() {
        MinuteCounts counts = new MinuteCounts(START, 60);
        counts.add(Hop.RECEIVED, "intake", "from ecp", START.plusSeconds(5));
        counts.add(Hop.RECEIVED, "intake", "from ecp", START.plusSeconds(59));
        counts.add(Hop.RECEIVED, "intake", "from erp", START.plusSeconds(61));
        counts.add(Hop.CONSUMED, "orders", null, START.plusSeconds(120));
        counts.add(Hop.FAILED, "orders", "404", START.plusSeconds(3599));
        counts.add(Hop.ENQUEUED, "intake", "orders", START.plusSeconds(1));

        ThroughputView view = counts.view();

        assertThat(view.minutes()).hasSize(60).startsWith(START);
        assertThat(view.eventsIn()).extracting(ThroughputView.Series::name).containsExactly("ecp", "erp");
        assertThat(view.eventsIn().get(0).perMinute()[0]).isEqualTo(2);
        assertThat(view.eventsIn().get(1).perMinute()[1]).isEqualTo(1);
        assertThat(view.deliveriesOut().get(0).name()).isEqualTo("orders");
        assertThat(view.deliveriesOut().get(0).perMinute()[2]).isEqualTo(1);
        assertThat(view.failures()[59]).isEqualTo(1);
        assertThat(view.failuresTotal()).isEqualTo(1);
    }

    @Test
    void hopsOutsideTheHourAreLeftOut() {
        MinuteCounts counts = new MinuteCounts(START, 60);
        counts.add(Hop.FAILED, "orders", null, START.minusSeconds(1));
        counts.add(Hop.FAILED, "orders", null, START.plusSeconds(3600));

        assertThat(counts.view().failuresTotal()).isZero();
    }
}
