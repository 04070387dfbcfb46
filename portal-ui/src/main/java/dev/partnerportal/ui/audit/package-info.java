/** The administrators' audit log: who did what to which record, and when. */
@NullMarked
package dev.partnerportal.ui.audit;

import org.jspecify.annotations.NullMarked;
