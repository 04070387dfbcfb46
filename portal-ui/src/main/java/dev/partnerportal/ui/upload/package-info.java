/** Uploads through Vaadin whose size limit the server enforces while the bytes arrive. */
@NullMarked
package dev.partnerportal.ui.upload;

import org.jspecify.annotations.NullMarked;
