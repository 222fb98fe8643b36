package org.bookreviews.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void theLoggedUrlNeverCarriesParametersSuchAsPasswords() {
        assertEquals("jdbc:derby://db:1527/reviews",
                Database.withoutParameters("jdbc:derby://db:1527/reviews;user=app;password=secret"));
        assertEquals("jdbc:postgresql://db/reviews",
                Database.withoutParameters("jdbc:postgresql://db/reviews?user=app&password=secret"));
        assertEquals("jdbc:derby:/var/db", Database.withoutParameters("jdbc:derby:/var/db"));
        assertEquals("(unknown URL)", Database.withoutParameters(null));
    }
}
