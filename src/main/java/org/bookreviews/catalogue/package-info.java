/** The catalogue: the list of books, searched, sorted and paged ({@code GET /}). */
package org.bookreviews.catalogue;
