package io.interchange.platform.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The folder of catalog files: {@code interchange.catalog-dir}, by default {@code catalog/} in the
 * server's instance folder (Payara's domain), else in the working directory.
 */
@ApplicationScoped
public class CatalogFolder {

    static final String KEY = "interchange.catalog-dir";

    public Path path() {
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(KEY, String.class)
                .filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return Paths.get(configured.get()).toAbsolutePath().normalize();
        }
        String instanceRoot = System.getProperty("com.sun.aas.instanceRoot");
        return (instanceRoot == null ? Paths.get("catalog") : Paths.get(instanceRoot, "catalog")).toAbsolutePath();
    }

    /** Every catalog file now in the folder, by name; none when the folder does not exist. */
    public static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && CatalogReader.isCatalogFile(name)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog folder " + folder, e);
        }
        return files;
    }
}
