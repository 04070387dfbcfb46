package dev.partnerportal.content;

import org.springframework.data.jpa.repository.JpaRepository;

/** The entries already imported, per feed. */
interface NewsFeedEntries extends JpaRepository<NewsFeedEntry, Long> {

    boolean existsByFeedIdAndEntryKey(long feedId, String entryKey);

    void deleteByFeedId(long feedId);
}
