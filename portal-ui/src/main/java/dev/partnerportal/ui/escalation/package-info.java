/**
 * Escalation views: the partner's list, raise form and detail with history; the staff queue sorted by breach
 * risk; the administrators' targets, business hours and holidays; panels for the partner home and the desk.
 */
@NullMarked
package dev.partnerportal.ui.escalation;

import org.jspecify.annotations.NullMarked;
