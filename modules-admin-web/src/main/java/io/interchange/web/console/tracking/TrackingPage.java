package io.interchange.web.console.tracking;

import io.interchange.platform.journal.HopView;
import io.interchange.platform.journal.Timelines;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The timeline of the key in the address ({@code ?key=}), so a story can be linked and bookmarked. */
@Named
@RequestScoped
public class TrackingPage {

    static final int MAX_KEY = 255;

    @Inject
    Timelines timelines;

    private String key;
    private List<HopView> hops;

    public List<HopView> getHops() {
        if (hops == null) {
            hops = key == null || key.isBlank() || key.length() > MAX_KEY ? List.of() : timelines.find(key);
        }
        return hops;
    }

    public boolean isSearched() {
        return key != null && !key.isBlank();
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
}
