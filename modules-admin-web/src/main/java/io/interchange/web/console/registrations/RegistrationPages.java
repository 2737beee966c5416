package io.interchange.web.console.registrations;

import io.interchange.registration.api.RegistrationRecords;
import io.interchange.registration.api.RegistrationSummary;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Loads only the page of registrations the table shows, newest first. */
class RegistrationPages extends LazyDataModel<RegistrationSummary> {

    private static final long serialVersionUID = 1L;

    private final transient RegistrationRecords records;

    RegistrationPages(RegistrationRecords records) {
        this.records = records;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, records.count());
    }

    @Override
    public List<RegistrationSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return records.newestFirst(first, pageSize);
    }

    @Override
    public String getRowKey(RegistrationSummary registration) {
        return registration.registrationId();
    }

    /** A row of the page loaded last (nothing on this page selects rows). */
    @Override
    public RegistrationSummary getRowData(String rowKey) {
        List<RegistrationSummary> loaded = getWrappedData();
        return loaded == null ? null : loaded.stream().filter(r -> r.registrationId().equals(rowKey)).findFirst()
                .orElse(null);
    }
}
