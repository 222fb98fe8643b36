package org.bookreviews.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's database: a container DataSource when the server binds
 * {@value #DATASOURCE_JNDI_NAME}, the embedded Derby default otherwise. Opening it brings the
 * schema up to date (Flyway) and creates the one EntityManagerFactory of the application.
 *
 * <p>All database work runs through {@link #read} and {@link #write}, one EntityManager per call,
 * on the application's own database threads. Embedded Derby leaves a ThreadLocal (its context
 * manager) on every thread that uses a connection; kept to threads the application owns and
 * stops at undeploy, it never pins the application into the server's request threads.
 */
public final class Database implements AutoCloseable {

    public static final String DATASOURCE_JNDI_NAME = "java:comp/env/jdbc/BookReviews";
    public static final String PERSISTENCE_UNIT = "bookreviews";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    /**
     * Reads and writes have threads of their own: a commit waits for the disk (Derby forces its
     * log), and readers must not queue behind it. Many writers let Derby force one log write for
     * the commits of all of them (group commit). Together as many as pooled connections.
     */
    static final int READ_THREADS = 8;
    static final int WRITE_THREADS = 16;

    private final ExecutorService readThreads;
    private final ExecutorService writeThreads;
    private final List<Thread> threadsStarted = new CopyOnWriteArrayList<>();
    private EntityManagerFactory entityManagerFactory;
    private HikariDataSource embeddedPool;
    private DataSource dataSource;
    private Path embeddedDirectory;

    private Database() {
        this.readThreads = threads(READ_THREADS, "bookreviews-db-");
        this.writeThreads = threads(WRITE_THREADS, "bookreviews-db-write-");
    }

    private ExecutorService threads(int count, String prefix) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            threadsStarted.add(thread);
            return thread;
        });
    }

    /**
     * Opens the container's DataSource, or else the embedded Derby database in {@code embeddedDirectory}
     * (unused when the server binds a DataSource).
     */
    public static Database open(Path embeddedDirectory) {
        // JNDI is sure to answer on the server's own threads (not all servers serve others): look up here.
        DataSource containerDataSource = lookUpContainerDataSource();
        Database database = new Database();
        try {
            database.onDatabaseThread(() -> {
                database.connect(containerDataSource, embeddedDirectory);
                return null;
            });
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void connect(DataSource containerDataSource, Path embeddedDirectory) {
        dataSource = containerDataSource;
        if (dataSource != null) {
            LOG.info("Database: container DataSource " + DATASOURCE_JNDI_NAME + " at " + urlOf(dataSource));
        } else {
            this.embeddedDirectory = embeddedDirectory;
            embeddedPool = EmbeddedDerby.open(embeddedDirectory);
            dataSource = embeddedPool;
            LOG.info("Database: embedded Derby at " + urlOf(dataSource)
                    + " (no DataSource bound at " + DATASOURCE_JNDI_NAME + ")");
        }
        // EclipseLink reads its mappings and logs in (half a second at a cold start) without
        // touching a table: on a second thread while Flyway checks and migrates the schema.
        DataSource mapped = dataSource;
        Future<EntityManagerFactory> factory = writeThreads.submit(() -> {
            EntityManagerFactory made = Persistence.createEntityManagerFactory(
                    PERSISTENCE_UNIT, Map.of("jakarta.persistence.nonJtaDataSource", mapped));
            made.createEntityManager().close(); // the log-in: EclipseLink defers it to the first EntityManager
            return made;
        });
        try {
            Schema.migrate(dataSource);
        } catch (RuntimeException e) {
            closeWhenMade(factory);
            throw e;
        }
        entityManagerFactory = answerOf(factory);
    }

    private static void closeWhenMade(Future<EntityManagerFactory> factory) {
        try {
            factory.get().close();
        } catch (ExecutionException e) {
            // Nothing was made.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs read-only work with a fresh EntityManager (closed afterwards).
     *
     * @throws DataAccessException when the database fails it
     */
    public <T> T read(Function<EntityManager, T> work) {
        return onDatabase(readThreads, () -> withEntityManager(work));
    }

    /**
     * Runs read-only work in one transaction at repeatable read, rolled back at the end: every row
     * it reads stays as it read it until then (no one can change it meanwhile). For reads that
     * must not interleave with a writer's: read the row a writer locks first (e.g. the book
     * before its reviews), and its writers wait for the read, never the other way round halfway.
     *
     * @throws DataAccessException when the database fails it
     */
    public <T> T readRepeatable(Function<EntityManager, T> work) {
        return onDatabase(readThreads, () -> withEntityManager(em -> {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                // The transaction's own connection: every query of the work runs on it from here on.
                Connection connection = em.unwrap(Connection.class);
                int isolation = connection.getTransactionIsolation();
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    return work.apply(em);
                } finally {
                    // Back as it was before the pool has it again: not every container's pool resets it.
                    connection.setTransactionIsolation(isolation);
                }
            } catch (SQLException e) {
                throw new DataAccessException(e);
            } finally {
                tx.rollback(); // read-only: nothing to keep
            }
        }));
    }

    /**
     * Runs work in one transaction with a fresh EntityManager: committed when the work returns,
     * rolled back when it throws or calls {@code setRollbackOnly()}.
     *
     * @throws DataAccessException when the database fails it (nothing of it is then committed)
     */
    public <T> T write(Function<EntityManager, T> work) {
        return onDatabase(writeThreads, () -> withEntityManager(em -> {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                T result = work.apply(em);
                if (tx.getRollbackOnly()) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
                return result;
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
            }
        }));
    }

    /** Read-only work on a plain JDBC connection, for result sets too large to load whole. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs read-only JDBC work on a pooled connection (returned afterwards).
     *
     * @throws DataAccessException when the database fails it
     */
    public <T> T readSql(SqlWork<T> work) {
        return onDatabase(readThreads, () -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        });
    }

    private <T> T withEntityManager(Function<EntityManager, T> work) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            return work.apply(em);
        }
    }

    /**
     * True when the database answers a trivial query within {@code timeout}: what a load
     * balancer's health check asks.
     */
    public boolean isReachable(Duration timeout) {
        Future<Boolean> answer = readThreads.submit(() -> {
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                em.createNativeQuery("VALUES 1").getSingleResult();
                return true;
            }
        });
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            answer.cancel(true);
            return false;
        }
    }

    @Override
    public void close() {
        try {
            onDatabaseThread(() -> {
                if (entityManagerFactory != null) {
                    entityManagerFactory.close();
                }
                if (embeddedPool != null) {
                    embeddedPool.close();
                    EmbeddedDerby.shutDown(embeddedDirectory);
                }
                return null;
            });
        } finally {
            stopDatabaseThreads();
        }
    }

    /** Stops the database threads and waits until they are gone, before the server checks for leaks. */
    private void stopDatabaseThreads() {
        readThreads.shutdown();
        writeThreads.shutdown();
        try {
            if (!readThreads.awaitTermination(30, TimeUnit.SECONDS) || !writeThreads.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("Database threads still busy after 30 s");
            }
            for (Thread thread : threadsStarted) {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T onDatabaseThread(Callable<T> work) {
        return on(readThreads, work);
    }

    /** Work of the application's: the database's failures reach it as {@link DataAccessException}. */
    private static <T> T onDatabase(ExecutorService threads, Callable<T> work) {
        try {
            return on(threads, work);
        } catch (RuntimeException e) {
            throw DataAccessException.translate(e);
        }
    }

    private static <T> T on(ExecutorService threads, Callable<T> work) {
        return answerOf(threads.submit(work));
    }

    /** The work's answer once it is done; its failure rethrown as it was thrown. */
    private static <T> T answerOf(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static DataSource lookUpContainerDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE_JNDI_NAME);
        } catch (NamingException e) {
            return null;
        }
    }

    /** The JDBC URL, for the log: URLs can carry a password, so everything after ';' or '?' is cut. */
    private static String urlOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return withoutParameters(connection.getMetaData().getURL());
        } catch (SQLException e) {
            return "(not reachable now: " + e.getMessage() + ")";
        }
    }

    static String withoutParameters(String url) {
        if (url == null) {
            return "(unknown URL)";
        }
        int cut = url.length();
        for (char separator : new char[] {';', '?'}) {
            int at = url.indexOf(separator);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }
}
