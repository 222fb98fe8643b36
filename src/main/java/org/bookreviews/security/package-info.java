/**
 * Protection of state-changing requests: the signed double-submit CSRF token, the Fetch
 * Metadata / Origin check, and the one guard every form POST passes through.
 */
package org.bookreviews.security;
