package io.interchange.simulators.ecp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The products the simulated shop sells. */
public final class Catalogue {

    /** A product: SKU, display name and unit price. */
    public record Product(String sku, String name, Money price) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("TSHIRT-S", "T-shirt S", Money.of("19.95")),
            new Product("TSHIRT-M", "T-shirt M", Money.of("19.95")),
            new Product("TSHIRT-L", "T-shirt L", Money.of("19.95")),
            new Product("HOODIE-M", "Hoodie M", Money.of("49.90")),
            new Product("HOODIE-L", "Hoodie L", Money.of("49.90")),
            new Product("CAP-BLK", "Cap black", Money.of("14.50")),
            new Product("MUG-CLASSIC", "Mug classic", Money.of("9.99")),
            new Product("BOTTLE-750", "Steel bottle 750 ml", Money.of("24.00")),
            new Product("BAG-TOTE", "Tote bag", Money.of("12.00")),
            new Product("NOTEBOOK-A5", "Notebook A5", Money.of("7.45")),
            new Product("SOCKS-3P", "Socks, 3 pairs", Money.of("15.00")),
            new Product("JACKET-RAIN", "Rain jacket", Money.of("89.00")));

    private Catalogue() {
    }

    public static List<Product> products() {
        return PRODUCTS;
    }

    public static Optional<Product> bySku(String sku) {
        return PRODUCTS.stream().filter(p -> p.sku().equals(sku)).findFirst();
    }

    /** {@code count} different products picked at random (at most the whole catalogue). */
    public static List<Product> pick(RandomGenerator random, int count) {
        List<Product> shuffled = new ArrayList<>(PRODUCTS);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}
