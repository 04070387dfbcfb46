/**
 * Market development fund views: the partner's allocations, fund requests, request form and claim with
 * proof; the staff desk with allocations by tier, decisions on requests and claims, and results per request.
 */
@NullMarked
package dev.partnerportal.ui.mdf;

import org.jspecify.annotations.NullMarked;
