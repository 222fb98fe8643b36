/** The two entities, Book and Review, mapped to the tables of db/migration. */
package org.bookreviews.domain;
