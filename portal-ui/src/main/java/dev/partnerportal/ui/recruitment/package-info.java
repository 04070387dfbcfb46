/**
 * Becoming a partner: the open application form and the channel team's review of applications.
 */
@NullMarked
package dev.partnerportal.ui.recruitment;

import org.jspecify.annotations.NullMarked;
