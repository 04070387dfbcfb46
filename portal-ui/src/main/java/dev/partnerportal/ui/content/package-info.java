/** The internal team's content pages: the list of all items, the editor with workflow, history and feedback. */
@NullMarked
package dev.partnerportal.ui.content;

import org.jspecify.annotations.NullMarked;
