/**
 * The audit log of security and administrative events: who, which organization, what, when, from where.
 */
@NullMarked
package dev.partnerportal.audit;

import org.jspecify.annotations.NullMarked;
