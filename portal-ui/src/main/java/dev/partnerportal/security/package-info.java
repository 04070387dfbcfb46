/**
 * Web security: the Vaadin login flow with sessions, the stateless bearer-token API, and how both
 * answer when access is refused.
 */
@NullMarked
package dev.partnerportal.security;

import org.jspecify.annotations.NullMarked;
