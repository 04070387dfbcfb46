/**
 * Channel analytics for channel managers and administrators: engagement per partner, content performance, search,
 * the training funnel, certification coverage, NPS by company, tier and region, and the tier distribution, over a
 * range of days; and one partner's page bringing them together. Read from activity's roll-ups and the features'
 * own services; an organization's figures count its own people only.
 */
@NullMarked
package dev.partnerportal.analytics;

import org.jspecify.annotations.NullMarked;
