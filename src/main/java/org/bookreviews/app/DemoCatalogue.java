package org.bookreviews.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.logging.Logger;
import org.bookreviews.book.Book;
import org.bookreviews.book.Isbn;
import org.bookreviews.book.NewReview;
import org.bookreviews.persistence.Database;
import org.bookreviews.reader.Reader;

/**
 * The small catalogue a newcomer sees on first start: created once, in one transaction, when
 * the database has no books (and {@code bookreviews.demo-data} is not {@code false}). Its reviews
 * are written by demo readers (with random passwords nobody knows), so reader pages have content.
 */
public final class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    record DemoReview(String reviewerName, int rating, String body, int daysAgo) {
    }

    record DemoBook(String title, String author, int year, String description, List<DemoReview> reviews) {
    }

    static final List<DemoBook> BOOKS = List.of(
            new DemoBook("Python for Beginners", "Ada Lindqvist", 2021,
                    "A patient first course in programming: variables, loops, functions and files,"
                            + " with a small project at the end of every chapter.",
                    List.of(new DemoReview("Priya N.", 5, "Finally a beginner book that explains why, not just how.", 2),
                            new DemoReview("Tom", 4, "Clear and friendly. The exercises are the best part.", 9),
                            new DemoReview("Grace O.", 4, "Got me from zero to writing little scripts for work.", 30))),
            new DemoBook("The Silent Harbor", "Elena Moreau", 2018,
                    "A lighthouse keeper's daughter untangles the night her father's lamp went dark.",
                    List.of(new DemoReview("Jonas", 5, "Read it in one sitting. That ending!", 1),
                            new DemoReview("Mei", 3, "Beautiful prose, but the middle drags.", 14))),
            new DemoBook("Distant Orchards", "Farid Haddad", 2015,
                    "Three generations of a family of fruit growers, and the drought that tests them.",
                    List.of(new DemoReview("Rosa", 4, "Warm, slow and honest. Made me call my grandmother.", 5),
                            new DemoReview("Liam K.", 4, "Quietly powerful.", 21))),
            new DemoBook("Glass Engines", "Hiro Tanaka", 2022,
                    "Hard science fiction about the engineers who build the first interstellar probe.",
                    List.of(new DemoReview("Sven", 5, "The physics is right and the people are real.", 3),
                            new DemoReview("Imani", 4, "Dense in places, worth it.", 12),
                            new DemoReview("Victor", 2, "Too many acronyms for me.", 40))),
            new DemoBook("Java Web Applications from Scratch", "Chloe Dubois", 2024,
                    "Servlets, JSP and JPA the standard way: build, test and deploy a real web application.",
                    List.of(new DemoReview("Wen", 5, "The chapter on transactions alone is worth the price.", 4),
                            new DemoReview("Omar", 4, "Practical and up to date with Jakarta EE 10.", 16))),
            new DemoBook("Letters from the Northern Line", "Nora Eriksen", 2012,
                    "An epistolary novel told in letters between two commuters who never meet.",
                    List.of(new DemoReview("Ben", 4, "Charming and sad in equal measure.", 7),
                            new DemoReview("Kavya", 5, "I underlined half of it.", 60))),
            new DemoBook("The Iron Compass", "Dmitri Petrov", 2009,
                    "A polar expedition goes wrong in 1911; a diary surfaces a century later.",
                    List.of(new DemoReview("Quinn", 3, "Gripping start, predictable finish.", 11),
                            new DemoReview("Uma", 4, "Great sense of cold and distance.", 25))),
            new DemoBook("Cooking with Seasons", "Rosa Costa", 2019,
                    "Simple recipes organised by what the market has each month.",
                    List.of(new DemoReview("Yusuf", 5, "My most used cookbook.", 6),
                            new DemoReview("Ximena", 5, "The autumn chapter is perfect.", 33))),
            new DemoBook("A Short History of Maps", "Jonas Weber", 2016,
                    "How people drew the world, from clay tablets to satellite tiles.",
                    List.of(new DemoReview("Elena", 4, "Lovely illustrations, lively writing.", 8),
                            new DemoReview("Tariq", 3, "A bit too short, as promised.", 45))),
            new DemoBook("The Hollow Lantern", "Imani Okafor", 2020,
                    "A ghost story set in a village theatre that refuses to close.",
                    List.of(new DemoReview("Mei", 4, "Creepy in the best way.", 10),
                            new DemoReview("Farid", 4, "Perfect for a rainy weekend.", 18))),
            new DemoBook("Data Structures in Plain Words", "Kavya Rao", 2023,
                    "Arrays, lists, trees, heaps and hashes explained without a single proof.",
                    List.of(new DemoReview("Liam K.", 5, "Helped me pass my interviews.", 2),
                            new DemoReview("Ada", 4, "Clear diagrams. Wish it covered graphs more.", 27))),
            new DemoBook("Winter Garden", "Mei Ito", 2011,
                    "Poems about the months when nothing seems to grow.",
                    List.of(new DemoReview("Grace O.", 5, "Short, sharp, and very moving.", 13),
                            new DemoReview("Sven", 3, "Some poems stayed with me, most did not.", 50))),
            new DemoBook("The Wandering Archive", "Omar Larsen", 2017,
                    "A librarian travels the coast with a van full of books nobody wants to lose.",
                    List.of(new DemoReview("Nora", 4, "A love letter to libraries.", 15),
                            new DemoReview("Ben", 5, "I want to live in this book.", 38))),
            new DemoBook("Quiet Machines", "Victor Varga", 2014,
                    "Essays on the tools we stop noticing: clocks, locks, lifts and the humble pump.",
                    List.of(new DemoReview("Imani", 4, "Made me look at my kettle differently.", 19),
                            new DemoReview("Tom", 3, "Uneven, but the essay on locks is great.", 55))));

    public static final int BOOK_COUNT = BOOKS.size();

    private DemoCatalogue() {
    }

    /** Creates the demo catalogue if the database has no books; returns the number of books created. */
    public static int createIfEmpty(Database database, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        int created = database.write(em -> {
            if (em.createQuery("SELECT COUNT(b) FROM Book b", Long.class).getSingleResult() > 0) {
                return 0;
            }
            Map<String, Reader> readers = new HashMap<>();
            int number = 0;
            for (DemoBook demo : BOOKS) {
                Book book = new Book(demo.title(), demo.author(), isbn13(++number), demo.year(), demo.description());
                em.persist(book);
                em.flush(); // ids in list order: the first book listed is book 1
                // Oldest first: a review's place in its book is the order it was written in.
                List<DemoReview> oldestFirst = demo.reviews().stream()
                        .sorted(Comparator.comparingInt(DemoReview::daysAgo).reversed()).toList();
                for (DemoReview review : oldestFirst) {
                    Reader reader = readers.computeIfAbsent(review.reviewerName(), name -> {
                        Reader demoReader = new Reader(username(name), name, unusablePasswordHash(), now.minusDays(400));
                        em.persist(demoReader);
                        em.flush();
                        return demoReader;
                    });
                    em.persist(book.addReview(new NewReview(reader.getId(), review.reviewerName(), review.rating(),
                            review.body(), false), now.minusDays(review.daysAgo()).minusMinutes(number * 7L)));
                }
            }
            return BOOKS.size();
        });
        if (created > 0) {
            LOG.info(() -> "Created the demo catalogue: " + created + " books");
        }
        return created;
    }

    /** The demo reader's username: their name in lower case, dots for the rest ("Priya N." is priya.n). */
    static String username(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }

    /**
     * A password hash that no password matches as far as anyone knows: the hash of a random
     * password nobody ever saw, without spending the time to compute one.
     */
    static String unusablePasswordHash() {
        byte[] salt = new byte[16];
        byte[] hash = new byte[32];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=19456,t=2,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** A valid ISBN-13 in the 979-8 range, numbered. */
    static String isbn13(int number) {
        return Isbn.withCheckDigit(String.format("9798%08d", number));
    }
}
