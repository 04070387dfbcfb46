/**
 * Feedback surveys and partner NPS: definitions, waves with an audience, collection (signed-in partners
 * and tokenized links), results and detractor follow-up. The root package is the feature's API.
 */
@NullMarked
package dev.partnerportal.survey;

import org.jspecify.annotations.NullMarked;
