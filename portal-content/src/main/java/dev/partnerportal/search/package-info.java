/**
 * Full-text search over published content: a Lucene index derived from the database (never the source of
 * truth) that follows an ordered change log written in the same transaction as each content change, with
 * one analyzer per language, permission filters inside every query, facets, highlighted snippets, typo
 * tolerance, title suggestions and a record of searches that found nothing. {@link
 * dev.partnerportal.search.SearchSchema} is the one place that says what is indexed and how.
 */
@NullMarked
package dev.partnerportal.search;

import org.jspecify.annotations.NullMarked;
