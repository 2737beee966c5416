package io.interchange.platform.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A catalog file that does not describe a system correctly; each problem is a {@link Refusal}. */
public class CatalogFileRefused extends Exception {

    private final transient List<Refusal> refusals;

    public CatalogFileRefused(List<Refusal> refusals) {
        super(refusals.stream().map(Refusal::toString).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
