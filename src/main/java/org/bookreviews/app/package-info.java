/**
 * Start-up and shutdown: the settings, the one composition root ({@link org.bookreviews.app.Application})
 * that builds every service and servlet with its dependencies, and the demo catalogue.
 */
package org.bookreviews.app;
