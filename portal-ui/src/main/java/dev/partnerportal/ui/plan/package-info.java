/**
 * Views of joint business plans: the one-page plan with each side's sections, commitments and check-ins,
 * versions with their differences, and the overdue-commitment panels for both homes and the desk.
 */
@NullMarked
package dev.partnerportal.ui.plan;

import org.jspecify.annotations.NullMarked;
