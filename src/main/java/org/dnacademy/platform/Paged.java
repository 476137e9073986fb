package org.dnacademy.platform;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One page of a list the database pages (accounts, audit events): the rows shown, how many match
 * in all, which page this is and how many there are. A page past the end shows the last one.
 * Getters for pages (Jakarta EL 5 reads no record components).
 */
public record Paged<T>(List<T> rows, long total, int page, int pages) {

    /**
     * @param total     how many rows match
     * @param requested the page asked for, from 1
     * @param fetch     reads {@code size} rows from the given first row
     */
    public static <T> Paged<T> of(long total, int requested, int size, BiFunction<Integer, Integer, List<T>> fetch) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(1, Math.min(requested, pages));
        return new Paged<>(fetch.apply((current - 1) * size, size), total, current, pages);
    }

    public static <T> Paged<T> empty() {
        return new Paged<>(List.of(), 0, 1, 1);
    }

    public List<T> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPages() {
        return pages;
    }
}
