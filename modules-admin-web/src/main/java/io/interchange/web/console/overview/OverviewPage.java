package io.interchange.web.console.overview;

import io.interchange.platform.alerts.OpenAlerts;
import io.interchange.platform.failure.FailureFilter;
import io.interchange.platform.failure.FailureSearch;
import io.interchange.platform.failure.FailureStatus;
import io.interchange.platform.journal.Throughput;
import io.interchange.platform.journal.ThroughputView;
import io.interchange.platform.systems.SystemView;
import io.interchange.platform.systems.SystemsOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.primefaces.model.charts.line.LineChartModel;

/** The overview's figures, read once per request (the page polls every few seconds). */
@Named
@RequestScoped
public class OverviewPage {

    @Inject
    Throughput throughput;

    @Inject
    SystemsOverview systems;

    @Inject
    FailureSearch failures;

    @Inject
    OpenAlerts alerts;

    private ThroughputView lastHour;
    private List<SystemView> systemViews;

    public ThroughputView getLastHour() {
        if (lastHour == null) {
            lastHour = throughput.lastHour(Instant.now());
        }
        return lastHour;
    }

    public List<SystemView> getSystems() {
        if (systemViews == null) {
            systemViews = systems.all();
        }
        return systemViews;
    }

    public long getParked() {
        return getSystems().stream().mapToLong(SystemView::parked).sum();
    }

    public long getEventsIn() {
        return getLastHour().eventsIn().stream().mapToLong(ThroughputView.Series::total).sum();
    }

    public long getDeliveriesOut() {
        return getLastHour().deliveriesOut().stream().mapToLong(ThroughputView.Series::total).sum();
    }

    public long getOpenFailures() {
        return failures.count(new FailureFilter(null, null, null, null, null, null, FailureStatus.OPEN));
    }

    public long getOpenAlerts() {
        return alerts.count();
    }

    public LineChartModel getTrafficChart() {
        return ThroughputChart.traffic(getLastHour());
    }

    public LineChartModel getFailureChart() {
        return ThroughputChart.failures(getLastHour());
    }
}
