package org.dnacademy.training.content;

import java.util.Objects;

/**
 * A source that lessons and questions may cite, from {@code references.yaml}, written as fields so
 * that a reviewer can follow it: a journal article (journal, volume, pages, DOI) or anything else a
 * publisher issued (a guideline, report, rule, book or web page).
 *
 * @param journal   the journal's abbreviation; {@code null} for a publisher's source
 * @param volume    volume and issue, e.g. {@code 23(5)}; only for articles
 * @param pages     pages or an article number; required for articles, optional otherwise
 * @param publisher who issued a source that is not a journal article; {@code null} for articles
 * @param number    a report, rule or edition number, or {@code null}
 * @param url       where a publisher's source can be read, or {@code null}
 * @param doi       as printed on the paper, or {@code null} when it has none
 */
public record Reference(String key, String authors, int year, String title, String journal, String volume, String pages,
        String publisher, String number, String url, String doi) {

    public Reference {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(title, "title");
        if ((journal == null) == (publisher == null)) {
            throw new IllegalArgumentException("a reference is either a journal article or a publisher's source: " + key);
        }
    }

    /** A journal article. */
    public static Reference article(String key, String authors, int year, String title, String journal, String volume,
            String pages, String doi) {
        return new Reference(key, authors, year, title, journal, Objects.requireNonNull(volume), Objects.requireNonNull(pages),
                null, null, null, doi);
    }

    /** A guideline, report, rule, book or web page. */
    public static Reference published(String key, String authors, int year, String title, String publisher, String number,
            String pages, String url) {
        return new Reference(key, authors, year, title, null, null, pages, publisher, number, url, null);
    }

    public boolean isArticle() {
        return journal != null;
    }

    /**
     * The citation as trainees read it, in Vancouver style: {@code Authors. Title. Journal.
     * Year;Volume:Pages.} for an article, {@code Authors. Title. Number. Publisher; Year. Pages.}
     * otherwise, with the address it can be read at (the DOI is shown beside it).
     */
    public String citation() {
        StringBuilder text = new StringBuilder(sentence(authors)).append(' ').append(sentence(title));
        if (isArticle()) {
            return text.append(' ').append(sentence(journal)).append(' ').append(year).append(';').append(volume).append(':')
                    .append(pages).append('.').toString();
        }
        if (number != null) {
            text.append(' ').append(sentence(number));
        }
        text.append(' ').append(publisher).append("; ").append(year).append('.');
        if (pages != null) {
            text.append(' ').append(sentence(pages));
        }
        if (url != null) {
            text.append(" Available from: ").append(url);
        }
        return text.toString();
    }

    /** Ends with a full stop unless it ends with one already (or with ? or !). */
    private static String sentence(String part) {
        String stripped = part.strip();
        return stripped.endsWith(".") || stripped.endsWith("?") || stripped.endsWith("!") ? stripped : stripped + ".";
    }
}
