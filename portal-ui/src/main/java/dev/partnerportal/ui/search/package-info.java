/**
 * Search: the field in the layout on every page (with title suggestions as you type), the results page
 * with facets, snippets and paging, the administrators' index page with a rebuild progress bar, and the
 * editors' list of searches that found nothing.
 */
@NullMarked
package dev.partnerportal.ui.search;

import org.jspecify.annotations.NullMarked;
