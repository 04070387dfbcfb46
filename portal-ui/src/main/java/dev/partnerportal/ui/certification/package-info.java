/**
 * Certification views: holders see and download their certificates, partner administrators their team's,
 * channel managers everyone's with filters and CSV; anyone verifies a certificate by its code.
 */
@NullMarked
package dev.partnerportal.ui.certification;

import org.jspecify.annotations.NullMarked;
