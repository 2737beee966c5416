package io.interchange.simulators;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Standard VAT rates of the countries the simulated shop sells to. The shop charges them on the
 * goods (not on shipping); the ERP computes the same tax on its Item lines, so both agree.
 */
public final class VatRates {

    private static final Map<String, BigDecimal> RATES = Map.of(
            "PT", new BigDecimal("0.23"),
            "DE", new BigDecimal("0.19"),
            "FR", new BigDecimal("0.20"),
            "NL", new BigDecimal("0.21"),
            "ES", new BigDecimal("0.21"),
            "IT", new BigDecimal("0.22"),
            "BE", new BigDecimal("0.21"),
            "AT", new BigDecimal("0.20"));

    private VatRates() {
    }

    /** The rate for an ISO 3166 country code; zero for a country outside the list. */
    public static BigDecimal of(String country) {
        return country == null ? BigDecimal.ZERO : RATES.getOrDefault(country.toUpperCase(Locale.ROOT), BigDecimal.ZERO);
    }
}
