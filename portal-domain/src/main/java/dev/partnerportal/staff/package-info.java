/**
 * Staff administration: administrators invite the vendor's own people, change their roles, deactivate and
 * reactivate them (never the last active administrator), and assign each partner organization its partner
 * manager. The root package is the feature's API.
 */
@NullMarked
package dev.partnerportal.staff;

import org.jspecify.annotations.NullMarked;
