/**
 * Relationship health in the UI: the health panel (score, components with raw numbers and reasons, the trend,
 * the partner-or-vendor reading) hooked into the desk's partner page and the partner's home, the desk's health
 * column, and the administrators' weights page.
 */
@NullMarked
package dev.partnerportal.ui.health;

import org.jspecify.annotations.NullMarked;
