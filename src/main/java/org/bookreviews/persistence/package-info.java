/** Opening and closing the database: DataSource, schema migrations, EntityManagerFactory. */
package org.bookreviews.persistence;
