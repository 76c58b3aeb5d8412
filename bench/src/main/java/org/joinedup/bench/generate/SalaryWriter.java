package org.joinedup.bench.generate;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import org.joinedup.crawler.Posting;

/**
 * Salary as councils publish it in each market: GBP per annum or per hour in England, gross EUR per month in
 * the Netherlands and Finland, DKK per month in Denmark; sometimes with structured min/max (as JSON-LD
 * baseSalary gives them), sometimes only as text, sometimes absent.
 */
final class SalaryWriter {
    private static final double EUR_PER_GBP = 1.17;
    private static final double EUR_PER_DKK = 0.134;

    private SalaryWriter() {
    }

    /** A salary around the occupation's reference pay with a log-normal spread, or null (about 10 %). */
    static Posting.Salary salary(Market m, Vocabulary.Occupation o, SplittableRandom rnd) {
        if (rnd.nextDouble() < 0.10) return null;
        double annualEur = o.annualEur() * m.payFactor() * Math.exp(rnd.nextGaussian() * 0.18);
        double spread = 1.08 + rnd.nextDouble() * 0.17;
        boolean structured = rnd.nextDouble() < 0.5;
        return switch (m.language()) {
            case "en" -> english(annualEur, spread, structured, rnd);
            case "da" -> monthly(m, annualEur / EUR_PER_DKK / 12, spread, structured, "DKK");
            default -> monthly(m, annualEur / 12, spread, structured, "EUR");
        };
    }

    private static Posting.Salary english(double annualEur, double spread, boolean structured,
                                          SplittableRandom rnd) {
        double annual = annualEur / EUR_PER_GBP;
        if (annual < 26_000 && rnd.nextDouble() < 0.5) {
            double hourly = Math.round(annual / 1950 * 100) / 100.0;
            String text = String.format(Locale.UK, "£%.2f per hour", hourly);
            return new Posting.Salary(structured ? hourly : null, null, structured ? "GBP" : null,
                structured ? "HOUR" : null, text);
        }
        double min = round(annual, 100);
        double max = round(annual * spread, 100);
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.UK);
        String text = "£" + nf.format(min) + " - £" + nf.format(max) + " per annum";
        return structured ? new Posting.Salary(min, max, "GBP", "YEAR", text)
            : new Posting.Salary(null, null, null, null, text);
    }

    private static Posting.Salary monthly(Market m, double monthly, double spread, boolean structured,
                                          String currency) {
        double min = round(monthly, currency.equals("DKK") ? 500 : 50);
        double max = round(monthly * spread, currency.equals("DKK") ? 500 : 50);
        NumberFormat nf = NumberFormat.getIntegerInstance(m.locale());
        String text = switch (m.language()) {
            case "nl" -> "€ " + nf.format(min) + " - € " + nf.format(max) + " bruto per maand";
            case "da" -> nf.format(min) + "-" + nf.format(max) + " kr. om måneden";
            default -> nf.format(min) + "–" + nf.format(max) + " € / kk";
        };
        return structured ? new Posting.Salary(min, max, currency, "MONTH", text)
            : new Posting.Salary(null, null, null, null, text);
    }

    private static double round(double v, double step) {
        return Math.round(v / step) * step;
    }
}
