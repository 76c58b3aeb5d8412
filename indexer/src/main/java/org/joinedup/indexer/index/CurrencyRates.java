package org.joinedup.indexer.index;

import java.util.Locale;
import java.util.Map;

/**
 * Reference rates to compare salaries across currencies (salary filters, bands and sorting work in EUR).
 * Fixed on purpose: a salary band must not move because a market rate moved overnight; the figures are
 * approximate 2026 averages and only used for comparison, never shown as an amount.
 */
public final class CurrencyRates {
    private static final Map<String, Double> EUR_PER_UNIT = Map.of(
        "EUR", 1.0, "GBP", 1.17, "DKK", 0.134, "SEK", 0.088, "NOK", 0.086, "USD", 0.92, "CHF", 1.05);

    private CurrencyRates() {
    }

    /** The amount in EUR, or null when the amount or the currency is unknown. */
    public static Double toEur(Double amount, String currency) {
        if (amount == null || currency == null) return null;
        Double rate = EUR_PER_UNIT.get(currency.toUpperCase(Locale.ROOT));
        return rate == null ? null : amount * rate;
    }

    /** Amount in the given currency for an amount in EUR, or null when the currency is unknown. */
    public static Double fromEur(double eur, String currency) {
        Double rate = currency == null ? null : EUR_PER_UNIT.get(currency.toUpperCase(Locale.ROOT));
        return rate == null ? null : eur / rate;
    }
}
