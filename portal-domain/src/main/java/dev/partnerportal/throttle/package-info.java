/**
 * Counters per hashed key and fixed window, kept in the database so that every node enforces the same limits:
 * failed sign-ins, partner applications and certificate lookups. The root package is the feature's API.
 */
@NullMarked
package dev.partnerportal.throttle;

import org.jspecify.annotations.NullMarked;
