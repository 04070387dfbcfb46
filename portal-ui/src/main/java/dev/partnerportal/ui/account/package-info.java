/**
 * A person's own account and preferences.
 */
@NullMarked
package dev.partnerportal.ui.account;

import org.jspecify.annotations.NullMarked;
