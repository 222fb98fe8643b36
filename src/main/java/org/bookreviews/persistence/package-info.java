/**
 * The database: DataSource (container or embedded Derby), schema migrations, the one
 * EntityManagerFactory with read and write transactions on the application's own threads, the
 * application's own exception for a database that fails, and a page of a list.
 */
package org.bookreviews.persistence;
