package org.bookreviews.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sort} query parameter of a list: which of the list's orders each value names. The
 * first choice is the default: it answers an absent or unknown value, and links leave it out so
 * they stay short. Built as {@code SortParameter.of("title", TITLE).or("rating", HIGHEST_RATED)}.
 *
 * @param <E> the orders of the list (BookOrder, ReviewOrder)
 */
public final class SortParameter<E> {

    public static final String NAME = "sort";

    private final List<Choice<E>> choices;

    private SortParameter(List<Choice<E>> choices) {
        this.choices = List.copyOf(choices);
    }

    /** A parameter whose default (and so far only) value is {@code value}, naming {@code order}. */
    public static <E> SortParameter<E> of(String value, E order) {
        return new SortParameter<>(List.of(new Choice<>(value, order, true)));
    }

    /** This parameter with one more value. */
    public SortParameter<E> or(String value, E order) {
        List<Choice<E>> more = new ArrayList<>(choices);
        more.add(new Choice<>(value, order, false));
        return new SortParameter<>(more);
    }

    /** The choice the request names; the default for anything else. */
    public Choice<E> from(HttpServletRequest request) {
        return from(request.getParameter(NAME));
    }

    /** The choice a value of {@code ?sort=} names; the default for anything else (or null). */
    public Choice<E> from(String value) {
        return choices.stream().filter(choice -> choice.value().equals(value)).findFirst().orElse(choices.get(0));
    }

    /** Every choice, in the order the page offers them. */
    public List<Choice<E>> getChoices() {
        return choices;
    }

    /**
     * A value of {@code ?sort=} and the order it names. A class, not a record: Jakarta EL 6
     * (Tomcat 11) reads a record's components only, and the pages need {@link #getLinkValue}.
     */
    public static final class Choice<E> {

        private final String value;
        private final E order;
        private final boolean isDefault;

        Choice(String value, E order, boolean isDefault) {
            this.value = value;
            this.order = order;
            this.isDefault = isDefault;
        }

        public String value() {
            return value;
        }

        public E order() {
            return order;
        }

        public String getValue() {
            return value;
        }

        /** What links carry to keep this order: nothing for the default. */
        public String getLinkValue() {
            return isDefault ? null : value;
        }
    }
}
