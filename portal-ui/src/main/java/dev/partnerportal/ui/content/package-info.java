/**
 * Content, both sides: the internal team's list, editor with workflow, history and feedback; and the partners'
 * library to browse, read, print cheat sheets, and say whether an item helped.
 */
@NullMarked
package dev.partnerportal.ui.content;

import org.jspecify.annotations.NullMarked;
