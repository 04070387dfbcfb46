/**
 * Publishing enablement content: items with their types, managed taxonomies and audience (tiers and
 * regions), the draft, review, publish and archive workflow with schedules, a revision for every save,
 * the partners' library that only ever answers items inside the caller's audience, feedback, and the
 * Markdown renderer that turns an author's text into HTML that is safe to show. Announces
 * {@link dev.partnerportal.content.ContentPublished} and {@link dev.partnerportal.content.ContentWithdrawn}.
 */
@NullMarked
package dev.partnerportal.content;

import org.jspecify.annotations.NullMarked;
