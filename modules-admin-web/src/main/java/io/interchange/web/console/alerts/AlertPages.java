package io.interchange.web.console.alerts;

import io.interchange.platform.alerts.AlertBoard;
import io.interchange.platform.alerts.AlertStatus;
import io.interchange.platform.alerts.AlertView;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Loads only the page of alerts the table shows, in the status the page filters by. */
class AlertPages extends LazyDataModel<AlertView> {

    private static final long serialVersionUID = 1L;

    private final AlertBoard board;
    private final Supplier<AlertStatus> status;

    AlertPages(AlertBoard board, Supplier<AlertStatus> status) {
        this.board = board;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, board.count(status.get()));
    }

    @Override
    public List<AlertView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return board.page(status.get(), first, pageSize);
    }

    @Override
    public String getRowKey(AlertView alert) {
        return Long.toString(alert.id());
    }

    @Override
    public AlertView getRowData(String rowKey) {
        try {
            return board.one(Long.parseLong(rowKey)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
