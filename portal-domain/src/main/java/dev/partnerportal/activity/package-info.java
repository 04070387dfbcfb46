/**
 * Activity: what partner people do in the portal (sign-ins, item views, downloads, searches and their clicks,
 * lesson progress, quiz results), recorded cheaply by id only, rolled up per day and kept for a retention period.
 * Analytics reads it through {@link dev.partnerportal.activity.ActivityFigures}.
 */
@NullMarked
package dev.partnerportal.activity;

import org.jspecify.annotations.NullMarked;
