/**
 * HTTP plumbing every page shares: the hardening filters (request id, security headers, size
 * and shape of requests, static caching, language), the base servlet with its 405/503 answers,
 * the error page, the health check, and parsing of the list parameters ({@code page}, {@code sort}).
 */
package org.bookreviews.http;
