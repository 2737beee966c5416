package io.interchange.registration.api;

import java.util.List;

/** The registrations taken so far, newest first, page by page, with where each of their steps stands. */
public interface RegistrationRecords {

    long count();

    List<RegistrationSummary> newestFirst(int first, int size);
}
