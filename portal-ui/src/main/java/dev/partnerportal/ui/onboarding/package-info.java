/**
 * Onboarding as partners and their managers see it, and the partner manager's desk.
 */
@NullMarked
package dev.partnerportal.ui.onboarding;

import org.jspecify.annotations.NullMarked;
