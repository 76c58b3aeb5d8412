package org.joinedup.indexer.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.joinedup.crawler.Posting;
import org.joinedup.indexer.Vacancy;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalaryParserTest {
    private final SalaryParser parser = new SalaryParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // text | country | min | max | currency | unit
        "£25,000 - £30,000 per annum|GB|25000|30000|GBP|YEAR",
        "€ 3.000 per maand|NL|3000|3000|EUR|MONTH",
        "kr. 35.000 pr. md.|DK|35000|35000|DKK|MONTH",
        "£12.50 per hour|GB|12.5|12.5|GBP|HOUR",
        "£9.50 – £10.20 an hour|GB|9.5|10.2|GBP|HOUR",
        "£25k - £30k pa|GB|25000|30000|GBP|YEAR",
        "25-30k per year|GB|25000|30000|GBP|YEAR",
        "£25,000 to £28,500 a year|GB|25000|28500|GBP|YEAR",
        "€ 2.800 tot € 3.900 bruto per maand|NL|2800|3900|EUR|MONTH",
        "3.000 tot 3.500 euro per maand|NL|3000|3500|EUR|MONTH",
        "€ 15,50 per uur|NL|15.5|15.5|EUR|HOUR",
        "€ 42.000 per jaar|NL|42000|42000|EUR|YEAR",
        "35.000 til 40.000 kr. om måneden|DK|35000|40000|DKK|MONTH",
        "kr. 180 pr. time|DK|180|180|DKK|HOUR",
        "DKK 450.000 om året|DK|450000|450000|DKK|YEAR",
        "2488,52€/kk|FI|2488.52|2488.52|EUR|MONTH",
        "2 500–3 000 € kuukaudessa|FI|2500|3000|EUR|MONTH",
        "15 €/tunti|FI|15|15|EUR|HOUR",
        "35 000 € vuodessa|FI|35000|35000|EUR|YEAR",
        "£450 per week|GB|450|450|GBP|WEEK",
        "£120 per day|GB|120|120|GBP|DAY",
        "Up to £32,000 per annum|GB|null|32000|GBP|YEAR",
        "From £24,000 per annum|GB|24000|null|GBP|YEAR",
        "Grade 5: £24,294 - £25,979 per annum, 37 hours per week|GB|24294|25979|GBP|YEAR",
        "40000|US|40000|40000|USD|null",
    })
    void parsesAmountsRangesCurrenciesAndUnits(String text, String country, Double min, Double max, String currency,
                                               String unit) {
        Vacancy.Salary s = parser.parseText(text, country);
        assertEquals(min, s.min(), "min");
        assertEquals(max, s.max(), "max");
        assertEquals(currency, s.currency(), "currency");
        assertEquals(unit, s.unit(), "unit");
        assertEquals(text.strip(), s.rawText());
    }

    @Test
    void annualisesWithTheDocumentedFactors() {
        assertEquals(Map.of(SalaryUnit.YEAR, 1, SalaryUnit.MONTH, 12, SalaryUnit.WEEK, 52, SalaryUnit.DAY, 260,
            SalaryUnit.HOUR, 1950), Map.of(SalaryUnit.YEAR, SalaryUnit.YEAR.perYear(), SalaryUnit.MONTH,
            SalaryUnit.MONTH.perYear(), SalaryUnit.WEEK, SalaryUnit.WEEK.perYear(), SalaryUnit.DAY,
            SalaryUnit.DAY.perYear(), SalaryUnit.HOUR, SalaryUnit.HOUR.perYear()));
        Vacancy.Salary annual = parser.parseText("£25,000 - £30,000 per annum", "GB");
        assertEquals(25000.0, annual.annualMin());
        assertEquals(30000.0, annual.annualMax());
        Vacancy.Salary monthly = parser.parseText("€ 3.000 per maand", "NL");
        assertEquals(36000.0, monthly.annualMin());
        Vacancy.Salary hourly = parser.parseText("£12.50 per hour", "GB");
        assertEquals(24375.0, hourly.annualMin());
        assertEquals(23400.0, parser.parseText("£450 per week", "GB").annualMax());
        assertEquals(31200.0, parser.parseText("£120 per day", "GB").annualMax());
        assertNull(parser.parseText("40000", "US").annualMin(), "no unit, no annual figure");
    }

    @Test
    void structuredValuesWinOverText() {
        Vacancy.Salary s = parser.parse(new Posting.Salary(26000.0, 29000.0, "gbp", "YEAR",
            "£25,000 - £30,000 per annum"), "GB");
        assertEquals(26000.0, s.min());
        assertEquals(29000.0, s.max());
        assertEquals("GBP", s.currency());
        assertEquals("YEAR", s.unit());
        Vacancy.Salary unitFromText = parser.parse(new Posting.Salary(3000.0, null, null, null, "€ 3.000 per maand"),
            "NL");
        assertEquals("MONTH", unitFromText.unit());
        assertEquals("EUR", unitFromText.currency());
        assertNull(unitFromText.max());
        Vacancy.Salary swapped = parser.parse(new Posting.Salary(30.0, 20.0, "EUR", "per uur", null), "NL");
        assertEquals(20.0, swapped.min());
        assertEquals("HOUR", swapped.unit());
    }

    @Test
    void textWithoutAnAmountIsKeptRawAndNothingIsNull() {
        assertNull(parser.parse(null, "GB"));
        assertNull(parser.parseText("   ", "GB"));
        Vacancy.Salary competitive = parser.parseText("Competitive", "GB");
        assertNull(competitive.min());
        assertNull(competitive.currency());
        assertEquals("Competitive", competitive.rawText());
    }

    // ---- real text from the corpus ----

    /** Kuntarekry (Finnish municipal job portal) salary fields: decimal comma, "/kk", and no-amount texts. */
    @Test
    void kuntarekrySalaries() {
        JsonNode results = Corpus.json(Corpus.KUNTAREKRY + "dummySearchResults.json").get("searchResults");
        int amounts = 0;
        int rawOnly = 0;
        for (JsonNode r : results) {
            JsonNode field = r.path("jobAdvertisement").get("salary");
            if (field == null) continue;
            Vacancy.Salary s = parser.parseText(field.asText(), "FI");
            if (field.asText().equals("-")) {
                assertNull(s);
            } else if (field.asText().equals("2488,52€/kk")) {
                assertEquals(new Vacancy.Salary(2488.52, 2488.52, "EUR", "MONTH", 2488.52 * 12, 2488.52 * 12,
                    "2488,52€/kk"), s);
                amounts++;
            } else {
                assertEquals("KVTES:n mukaan", field.asText());
                assertNull(s.min());
                assertEquals("KVTES:n mukaan", s.rawText());
                rawOnly++;
            }
        }
        assertEquals(1, amounts);
        assertEquals(2, rawOnly);
    }

    /** ROME's Google Base job feeds give bare amounts in g:salary. */
    @Test
    void googleBaseJobFeedSalaries() {
        for (String file : List.of("jobs-atombase.xml", "jobs2base.xml")) {
            Document feed = Corpus.xml("feeds/wellformed/rome/rome-modules/src/test/resources/base/" + file);
            List<Double> mins = feed.select("g|salary").eachText().stream()
                .map(t -> parser.parseText(t, "US").min()).toList();
            assertEquals(List.of(40000.0, 25000.0), mins, file);
        }
    }

    /** Google's JobPosting examples: structured baseSalary {currency USD, value 40.0, unitText HOUR}. */
    @Test
    void schemaOrgBaseSalaryFromAdobeGallery() {
        JsonNode base = Corpus.json("jobposting/adobe-structured-data-validator/gallery/JobPosting/valid1.json")
            .get("baseSalary");
        JsonNode value = base.get("value");
        Vacancy.Salary s = parser.parse(new Posting.Salary(value.get("value").asDouble(), value.get("value")
            .asDouble(), base.get("currency").asText(), value.get("unitText").asText(), null), "US");
        assertNotNull(s);
        assertEquals("USD", s.currency());
        assertEquals("HOUR", s.unit());
        assertEquals(78000.0, s.annualMin());
    }

    /** Found by SalaryParserFuzzTest (issue 26): 300 nines parsed to an infinite salary, structured or in text. */
    @Test
    void amountsBeyondAnySalaryAreNotAmounts() {
        String nines = "9".repeat(300);
        assertNull(parser.parseText(nines + " pounds", "GB").min());
        assertEquals(nines + " pounds", parser.parseText(nines + " pounds", "GB").rawText());
        Vacancy.Salary structured = parser.parse(new Posting.Salary(Double.POSITIVE_INFINITY, 1e13, "GBP", "HOUR",
            "£12.50 an hour"), "GB");
        assertEquals(12.5, structured.min());
        assertEquals(12.5, structured.max());
        Vacancy.Salary hourly = parser.parseText("£" + (long) SalaryParser.MAX_AMOUNT + " per hour", "GB");
        assertEquals(SalaryParser.MAX_AMOUNT * 1950, hourly.annualMax());
    }
}
