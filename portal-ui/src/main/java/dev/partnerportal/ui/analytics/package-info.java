/**
 * Channel dashboards for channel managers and administrators: engagement, content, search, training,
 * certifications, NPS and tiers over a date range, with server-side SVG charts and a CSV file for every table; and
 * one partner's page.
 */
@NullMarked
package dev.partnerportal.ui.analytics;

import org.jspecify.annotations.NullMarked;
