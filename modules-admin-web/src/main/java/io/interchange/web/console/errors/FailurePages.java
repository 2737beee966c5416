package io.interchange.web.console.errors;

import io.interchange.platform.failure.FailureFilter;
import io.interchange.platform.failure.FailureRow;
import io.interchange.platform.failure.FailureSearch;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Loads only the page of failed messages the table shows, with the page's filter. */
class FailurePages extends LazyDataModel<FailureRow> {

    private static final long serialVersionUID = 1L;

    private final FailureSearch search;
    private final Supplier<FailureFilter> filter;

    FailurePages(FailureSearch search, Supplier<FailureFilter> filter) {
        this.search = search;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, search.count(filter.get()));
    }

    @Override
    public List<FailureRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return search.page(filter.get(), first, pageSize);
    }

    @Override
    public String getRowKey(FailureRow row) {
        return Long.toString(row.id());
    }

    @Override
    public FailureRow getRowData(String rowKey) {
        try {
            return search.one(Long.parseLong(rowKey)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
