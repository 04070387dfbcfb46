/** The administrators' view of the mail outbox: messages waiting, sent and failed. */
@NullMarked
package dev.partnerportal.ui.mail;

import org.jspecify.annotations.NullMarked;
