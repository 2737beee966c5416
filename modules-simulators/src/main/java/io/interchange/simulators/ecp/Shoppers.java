package io.interchange.simulators.ecp;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Plausible European shoppers: names, e-mail addresses and addresses in a handful of countries. */
final class Shoppers {

    private record Place(String country, String city, String postalCode, String street) {
    }

    private static final List<String> FIRST_NAMES = List.of("Ana", "João", "Marta", "Lukas", "Sophie", "Emma",
            "Luca", "Giulia", "Pablo", "Lucía", "Daan", "Julia", "Hugo", "Léa", "Noah", "Mia");
    private static final List<String> LAST_NAMES = List.of("Silva", "Santos", "Müller", "Schmidt", "Martin",
            "Bernard", "Rossi", "Bianchi", "García", "López", "de Jong", "Jansen", "Dubois", "Ferreira", "Weber",
            "Moreau");
    private static final List<Place> PLACES = List.of(
            new Place("PT", "Lisboa", "1000-001", "Rua Augusta"),
            new Place("PT", "Porto", "4000-322", "Rua de Santa Catarina"),
            new Place("DE", "Berlin", "10115", "Invalidenstraße"),
            new Place("DE", "München", "80331", "Kaufingerstraße"),
            new Place("FR", "Paris", "75002", "Rue de la Paix"),
            new Place("FR", "Lyon", "69002", "Rue de la République"),
            new Place("NL", "Amsterdam", "1012 JS", "Damrak"),
            new Place("ES", "Madrid", "28013", "Calle Mayor"),
            new Place("IT", "Milano", "20121", "Via Dante"),
            new Place("BE", "Bruxelles", "1000", "Rue Neuve"),
            new Place("AT", "Wien", "1010", "Kärntner Straße"));

    private final RandomGenerator random;

    Shoppers(RandomGenerator random) {
        this.random = random;
    }

    Customer customer() {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        String email = ascii(first) + "." + ascii(last) + random.nextInt(1, 1000) + "@example.com";
        return new Customer("c-" + random.nextInt(1, 100_000), email, first, last);
    }

    Address address(Customer customer) {
        Place place = pick(PLACES);
        String line2 = random.nextInt(4) == 0 ? "Apt " + random.nextInt(1, 40) : null;
        return new Address(customer.fullName(), place.street() + " " + random.nextInt(1, 200), line2, place.city(),
                place.postalCode(), place.country());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String ascii(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
