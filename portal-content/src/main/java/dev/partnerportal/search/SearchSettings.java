package dev.partnerportal.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this node keeps its index and how it follows the change log.
 *
 * @param directory     the index directory; each node has its own, all follow the same log
 * @param pollInterval  how often the log is read when no local change woke the follower (other nodes' changes);
 *                      500 ms keeps another node's publication searchable here within a second
 * @param lookback      how far back entries behind the checkpoint are re-read, to catch transactions that
 *                      committed out of id order
 * @param commitInterval how often applied changes are committed to disk with their checkpoint
 * @param retention     how long log entries are kept; a node down for longer rebuilds on start
 */
@ConfigurationProperties("portal.search")
record SearchSettings(@DefaultValue("./data/search-index") Path directory,
                      @DefaultValue("500ms") Duration pollInterval,
                      @DefaultValue("60s") Duration lookback,
                      @DefaultValue("5s") Duration commitInterval,
                      @DefaultValue("7d") Duration retention) {
}
