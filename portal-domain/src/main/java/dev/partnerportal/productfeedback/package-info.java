/**
 * Partners' product feedback and ideas reach the product: partners submit them, administrators and channel
 * managers triage them (status, a reply to the submitting organization, visibility), and partners vote on the
 * ideas staff make visible to all partners. Feeds the feedback-loop part of relationship health.
 */
@NullMarked
package dev.partnerportal.productfeedback;

import org.jspecify.annotations.NullMarked;
