/**
 * Escalations: any partner person raises one (category, severity, description); it reaches the partner manager
 * and the escalation contacts at once, is answered and resolved against response and resolution targets in
 * business hours, and its history is visible to the raising organization only.
 */
@NullMarked
package dev.partnerportal.escalation;

import org.jspecify.annotations.NullMarked;
