/**
 * Operating the portal: its own meters (Vaadin sessions and UIs, sign-in failures), the authenticated Prometheus
 * scrape, the search index in the readiness probe, and the request and incident ids in the logs
 * (docs/operations.md, "Metrics", "Logs", "Readiness").
 */
@NullMarked
package dev.partnerportal.observability;

import org.jspecify.annotations.NullMarked;
