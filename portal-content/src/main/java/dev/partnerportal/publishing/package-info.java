/**
 * Publishing enablement content. For now: turning an author's Markdown into HTML that is safe to show
 * to every partner.
 */
@NullMarked
package dev.partnerportal.publishing;

import org.jspecify.annotations.NullMarked;
