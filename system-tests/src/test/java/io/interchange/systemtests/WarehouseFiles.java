package io.interchange.systemtests;

import static io.interchange.systemtests.Interchange.VIEWER_KEY;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * The demo's legacy warehouse (runtime/catalog/warehouse.yaml) and the shop's shipments from it
 * (shop-fulfilment.yaml), dropped into the running test platform's catalog folder as an operator
 * adds a system, and taken out again. The test profile starts without them, so that tests that do
 * not need the warehouse do not carry its load.
 */
final class WarehouseFiles {

    private static final Path ROOT = Path.of(System.getProperty("interchange.root", ".."));
    private static final Path FOLDER = ROOT.resolve(".runtime/test/catalog");
    private static final List<String> FILES = List.of("warehouse.yaml", "shop-fulfilment.yaml");

    private WarehouseFiles() {
    }

    static void dropIn(Interchange interchange) throws IOException {
        for (String file : FILES) {
            Path source = ROOT.resolve("runtime/catalog").resolve(file);
            Path target = FOLDER.resolve(file);
            if (!Files.exists(target) || Files.mismatch(source, target) != -1) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String catalog = interchange.get("/api/v1/catalog", VIEWER_KEY).body();
            return catalog.contains("\"system\":\"warehouse\"") && catalog.contains("\"system\":\"shop-fulfilment\"");
        });
    }

    static void remove(Interchange interchange) throws IOException {
        for (String file : FILES) {
            Files.deleteIfExists(FOLDER.resolve(file));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                !interchange.get("/api/v1/catalog", VIEWER_KEY).body().contains("\"system\":\"warehouse\""));
    }
}
