/** Views of the relationship: the partner's "Your team", the desk's relationship panel and flags, partner contacts. */
@NullMarked
package dev.partnerportal.ui.relationship;

import org.jspecify.annotations.NullMarked;
