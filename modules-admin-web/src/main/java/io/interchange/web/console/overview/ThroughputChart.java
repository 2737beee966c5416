package io.interchange.web.console.overview;

import io.interchange.platform.journal.ThroughputView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.line.LineChartDataSet;
import org.primefaces.model.charts.line.LineChartModel;

/** Chart.js line charts (PrimeFaces) of the last hour, one line per system and direction. */
final class ThroughputChart {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final String[] COLOURS = {"#17324d", "#2e90fa", "#12b76a", "#f79009", "#9e77ed", "#ee46bc",
        "#667085", "#06aed4"};

    private ThroughputChart() {
    }

    static LineChartModel traffic(ThroughputView view) {
        ChartData data = data(view);
        int colour = 0;
        for (ThroughputView.Series series : view.eventsIn()) {
            data.addChartDataSet(line("in from " + series.name(), series.perMinute(), COLOURS[colour++ % COLOURS.length]));
        }
        for (ThroughputView.Series series : view.deliveriesOut()) {
            data.addChartDataSet(line("consumed by " + series.name(), series.perMinute(),
                    COLOURS[colour++ % COLOURS.length]));
        }
        return model(data);
    }

    static LineChartModel failures(ThroughputView view) {
        ChartData data = data(view);
        data.addChartDataSet(line("failed", view.failures(), "#d92d20"));
        return model(data);
    }

    private static ChartData data(ThroughputView view) {
        ChartData data = new ChartData();
        data.setLabels(new ArrayList<>(view.minutes().stream().map(MINUTE::format).toList()));
        return data;
    }

    private static LineChartDataSet line(String label, long[] values, String colour) {
        LineChartDataSet line = new LineChartDataSet();
        line.setLabel(label);
        line.setData(new ArrayList<Object>(Arrays.stream(values).boxed().toList()));
        line.setBorderColor(colour);
        line.setBackgroundColor(colour);
        line.setFill(false);
        line.setTension(0.2);
        return line;
    }

    private static LineChartModel model(ChartData data) {
        LineChartModel model = new LineChartModel();
        model.setData(data);
        return model;
    }
}
