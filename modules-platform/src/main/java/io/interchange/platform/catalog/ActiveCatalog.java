package io.interchange.platform.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The systems in force and the files refused, and how a new look at the folder changes them: a
 * new or changed file that reads well replaces its system; one that does not is refused and its
 * system's previous version stays; a removed file removes its system. Not thread-safe: the
 * {@link Catalog} applies one look at a time.
 */
public final class ActiveCatalog {

    /** A system in force, from its file. */
    public record Entry(String file, String sha256, Instant since, SystemDescription system, JsonNode content) {
    }

    /** A file refused: the version of its system that was in force (if any) stays in force. */
    public record Refused(String file, String sha256, Instant at, List<Refusal> refusals) {
    }

    public enum ChangeKind { ADDED, CHANGED, REMOVED, REFUSED, ACCEPTED_AGAIN }

    /** What one look changed, to be audited and alerted on. */
    public record Change(ChangeKind kind, String file, String system, String before, String after) {
    }

    private final Map<String, Entry> active = new TreeMap<>();
    private final Map<String, Refused> refused = new TreeMap<>();

    /** @param files every catalog file now in the folder: name to content */
    public List<Change> apply(Map<String, String> files, Instant now) {
        List<Change> changes = new ArrayList<>();
        for (var file : new TreeMap<>(files).entrySet()) {
            apply(file.getKey(), file.getValue(), now).ifPresent(changes::add);
        }
        for (String gone : List.copyOf(active.keySet())) {
            if (!files.containsKey(gone)) {
                Entry removed = active.remove(gone);
                changes.add(new Change(ChangeKind.REMOVED, gone, removed.system().system(), removed.sha256(), null));
            }
        }
        refused.keySet().removeIf(file -> !files.containsKey(file));
        return changes;
    }

    private Optional<Change> apply(String file, String text, Instant now) {
        String sha256 = sha256(text);
        Entry current = active.get(file);
        Refused lastRefusal = refused.get(file);
        if (current != null && current.sha256().equals(sha256)
                || lastRefusal != null && lastRefusal.sha256().equals(sha256)) {
            return Optional.empty();
        }
        try {
            CatalogReader.ReadFile read = CatalogReader.read(file, text);
            active.put(file, new Entry(file, sha256, now, read.system(), read.content()));
            refused.remove(file);
            String system = read.system().system();
            if (current == null) {
                return Optional.of(new Change(lastRefusal == null ? ChangeKind.ADDED : ChangeKind.ACCEPTED_AGAIN,
                        file, system, null, sha256));
            }
            return Optional.of(new Change(lastRefusal == null ? ChangeKind.CHANGED : ChangeKind.ACCEPTED_AGAIN,
                    file, system, current.sha256(), sha256));
        } catch (CatalogFileRefused e) {
            refused.put(file, new Refused(file, sha256, now, e.refusals()));
            return Optional.of(new Change(ChangeKind.REFUSED, file,
                    current == null ? CatalogReader.systemOf(file) : current.system().system(),
                    current == null ? null : current.sha256(), e.getMessage()));
        }
    }

    public List<Entry> active() {
        return List.copyOf(active.values());
    }

    public List<Refused> refused() {
        return List.copyOf(refused.values());
    }

    public Optional<SystemDescription> system(String name) {
        return active.values().stream().map(Entry::system).filter(system -> system.system().equals(name)).findFirst();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
