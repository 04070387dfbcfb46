/**
 * Survey views: partners answer open waves (also through personal links); channel managers build surveys,
 * plan waves, read results with server-side SVG charts and close detractor follow-ups.
 */
@NullMarked
package dev.partnerportal.ui.survey;

import org.jspecify.annotations.NullMarked;
