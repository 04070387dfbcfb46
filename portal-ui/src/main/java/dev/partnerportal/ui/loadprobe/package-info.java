/**
 * The load test's measuring stick: a tiny view that exists only when {@code portal.load.probe-view=true}, so that
 * the memory of a signed-in session on it is the framework's own floor (docs/benchmarks/capacity.md).
 */
@NullMarked
package dev.partnerportal.ui.loadprobe;

import org.jspecify.annotations.NullMarked;
