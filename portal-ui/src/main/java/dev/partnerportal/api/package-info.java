/**
 * The REST API under {@code /api}: stateless, bearer tokens, RFC 9457 problem bodies for every error.
 */
@NullMarked
package dev.partnerportal.api;

import org.jspecify.annotations.NullMarked;
