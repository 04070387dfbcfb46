/**
 * REST API for surveys: partners answer open waves (their own responses only), staff read results and
 * export CSV. Errors are RFC 9457 problems like the rest of the API.
 */
@NullMarked
package dev.partnerportal.api.survey;

import org.jspecify.annotations.NullMarked;
