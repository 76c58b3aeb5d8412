package org.joinedup.indexer.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Removes contact details from advert text before it goes into the labelled set: no personal data in the repo. */
final class PersonalData {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+\\s*(@|&#64;|\\(at\\))\\s*[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+\\d{1,3}\\s?)?(\\(\\d{2,4}\\)\\s?)?\\d(?:[\\s-]?\\d){6,}");
    /** Sentences with these words name or reach a contact person; they go entirely. */
    private static final List<String> CONTACT_WORDS = List.of("kontakt", "contact", "e-post", "epost", "mail",
        "tlf", "telefon", "phone", "puh", "lisätie", "yhteyshenkilö", "spørsmål", "henvendelse", "questions",
        "ringe", "ring ", "soita", "sähköpost", "frågor", "søknad sendes", "@", "p.0", "p. 0", "mob", "spørgsmål",
        "oplysninger", "informasjon om stillingen", "further information", "lisää tietoa", "tiedustelut");
    /** A contact line such as "Kari Nordmann, Verkstedleder, (+47)": a capitalised name, then a comma. */
    private static final Pattern CONTACT_LINE = Pattern.compile("^\\p{Lu}[\\p{L}.-]+( \\p{Lu}[\\p{L}.-]+){1,3},.*");
    /** A name after a job title in running text ("professor Jane Doe"); the sentence goes. */
    private static final Pattern TITLED_NAME = Pattern.compile(
        "(?iu:professor|head of \\w+|leder|manager|chef|päällikkö|johtaja|rektor|direktør|dekan)\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}"
        + "|(?iu:officer|manager|leder|chef),\\s+\\p{Lu}\\p{Ll}+,");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private PersonalData() {
    }

    static String htmlToText(String html) {
        String marked = html.replaceAll("(?i)<(br|/p|/li|/h[1-6]|/div|/tr)[^>]*>", "$0\n");
        StringBuilder out = new StringBuilder();
        for (String line : Jsoup.parse(marked).body().wholeText().split("\n")) {
            String l = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!l.isEmpty()) out.append(l).append('\n');
        }
        return out.toString().strip();
    }

    static String strip(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.length() < 120 && CONTACT_LINE.matcher(line.strip()).matches()) continue;
            List<String> kept = new ArrayList<>();
            for (String sentence : SENTENCE_END.split(line)) {
                String low = sentence.toLowerCase(Locale.ROOT);
                if (CONTACT_WORDS.stream().noneMatch(low::contains) && !low.contains("(+")
                    && !TITLED_NAME.matcher(sentence).find()) {
                    kept.add(sentence);
                }
            }
            String l = PHONE.matcher(EMAIL.matcher(String.join(" ", kept)).replaceAll("")).replaceAll("").strip();
            if (!l.isEmpty()) lines.add(l);
        }
        return String.join("\n", lines);
    }
}
