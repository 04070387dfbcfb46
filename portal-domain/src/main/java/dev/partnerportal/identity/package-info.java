/**
 * People and their accounts: login by email, roles, membership in one partner organization, password
 * hashing, failed-login limiting (counted by the throttle feature) and API tokens. The root package is the feature's API.
 */
@NullMarked
package dev.partnerportal.identity;

import org.jspecify.annotations.NullMarked;
