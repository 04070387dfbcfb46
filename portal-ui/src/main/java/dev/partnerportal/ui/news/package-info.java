/** Industry news views: editors subscribe the portal to RSS and Atom feeds and see how each feed is doing. */
@NullMarked
package dev.partnerportal.ui.news;

import org.jspecify.annotations.NullMarked;
