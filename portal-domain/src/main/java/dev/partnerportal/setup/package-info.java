/**
 * Start-up set-up that runs as the system, not as a person: demo data in demo mode and the first
 * administrator from configuration in production.
 */
@NullMarked
package dev.partnerportal.setup;

import org.jspecify.annotations.NullMarked;
