/**
 * Recruiting partners: the open "become a partner" application, its ideal-partner-profile score, and the
 * channel team's review that turns an approved application into an organization with an invited admin.
 */
@NullMarked
package dev.partnerportal.recruitment;

import org.jspecify.annotations.NullMarked;
