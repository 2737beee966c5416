package io.interchange.web.console.registrations;

import io.interchange.registration.api.RegistrationRecords;
import io.interchange.registration.api.RegistrationSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/** The registrations, newest first, a page at a time; read-only. Times are UTC. */
@Named
@RequestScoped
public class RegistrationsPage {

    @Inject
    RegistrationRecords records;

    private LazyDataModel<RegistrationSummary> rows;

    @PostConstruct
    void init() {
        rows = new RegistrationPages(records);
    }

    public LazyDataModel<RegistrationSummary> getRows() {
        return rows;
    }
}
