package org.bookreviews.persistence;

import java.util.List;

/**
 * One page of a list: its items, its number (from 1) and enough to draw Previous/Next links.
 * There is always at least one page, so an empty list shows as "page 1 of 1".
 * (A class with getters, not a record: Jakarta EL before 6.0 does not read record components.)
 */
public final class Page<T> {

    private final List<T> items;
    private final int number;
    private final int size;
    private final long totalItems;

    public Page(List<T> items, int number, int size, long totalItems) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        if (number < 1 || number > totalPages(totalItems, size)) {
            throw new IllegalArgumentException("page " + number + " out of range");
        }
        this.items = List.copyOf(items);
        this.number = number;
        this.size = size;
        this.totalItems = totalItems;
    }

    public List<T> getItems() {
        return items;
    }

    public int getNumber() {
        return number;
    }

    public int getSize() {
        return size;
    }

    public long getTotalItems() {
        return totalItems;
    }

    public int getTotalPages() {
        return totalPages(totalItems, size);
    }

    public boolean isFirst() {
        return number == 1;
    }

    public boolean isLast() {
        return number == getTotalPages();
    }

    public static int totalPages(long totalItems, int size) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size));
    }

    /** The page nearest to the one asked for: below 1 gives 1, past the end gives the last. */
    public static int clamp(long requested, long totalItems, int size) {
        return (int) Math.max(1, Math.min(requested, totalPages(totalItems, size)));
    }

    /** Index of the first item of page {@code number}, for OFFSET. */
    public static int offset(int number, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (number - 1) * size);
    }
}
