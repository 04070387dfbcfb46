/**
 * Leads: staff create or import them, the distribution rules offer each to one eligible partner at a time,
 * and a partner person accepts it (it converts through {@link dev.partnerportal.lead.LeadConversion}) or
 * rejects it with a reason. A partner only ever sees the leads currently offered to it or accepted by it.
 */
@NullMarked
package dev.partnerportal.lead;

import org.jspecify.annotations.NullMarked;
