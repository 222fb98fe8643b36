/**
 * Turning a model into HTML: the JSP views by name, the page cache with its per-reader holes,
 * and the {@code br:} EL functions.
 */
package org.bookreviews.rendering;
