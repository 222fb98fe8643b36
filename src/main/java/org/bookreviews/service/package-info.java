/** What the pages need from the database: reading the catalogue, writing reviews. */
package org.bookreviews.service;
