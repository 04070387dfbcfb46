/**
 * Single sign-on: vendor staff sign in through identity providers configured by properties, each partner
 * organization through its own OpenID Connect provider found from the e-mail domain. Decides who a provider's
 * identity is in the portal (existing account, linked account or a new one) and never lets one organization's
 * provider reach another organization's people.
 */
@NullMarked
package dev.partnerportal.sso;

import org.jspecify.annotations.NullMarked;
