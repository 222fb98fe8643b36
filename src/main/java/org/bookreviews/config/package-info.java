/** Start-up and shutdown: settings, the demo catalogue, where servlets find the services. */
package org.bookreviews.config;
