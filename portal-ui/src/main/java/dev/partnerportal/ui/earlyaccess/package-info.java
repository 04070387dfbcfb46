/**
 * Early-access programs: staff open betas, invite partners and decide on applications; partners see the betas
 * open to them and apply; the desk's partner page shows which betas a partner takes part in.
 */
@NullMarked
package dev.partnerportal.ui.earlyaccess;

import org.jspecify.annotations.NullMarked;
