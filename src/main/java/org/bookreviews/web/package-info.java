/** Servlets (the controllers), the request filter, form validation and view helpers. */
package org.bookreviews.web;
