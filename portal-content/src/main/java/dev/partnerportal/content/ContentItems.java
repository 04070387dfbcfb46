package dev.partnerportal.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** All content items, in every state. Only the services of this package read it. */
interface ContentItems extends JpaRepository<ContentItem, Long>, JpaSpecificationExecutor<ContentItem> {

    Optional<ContentItem> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<ContentItem> findByTranslationGroupOrderByLanguage(String translationGroup);

    List<ContentItem> findByStatusAndPublishAtLessThanEqual(ContentStatus status, Instant now);

    List<ContentItem> findByStatusAndExpireAtLessThanEqual(ContentStatus status, Instant now);

    /** Keyset paging for a full index rebuild: the next published items after {@code afterId}. */
    List<ContentItem> findByStatusAndIdGreaterThanOrderById(ContentStatus status, Long afterId, Limit limit);

    long countByStatus(ContentStatus status);

    /** Published featured items, newest first. */
    List<ContentItem> findByStatusAndFeaturedTrueOrderByPublishedAtDescIdDesc(ContentStatus status, Limit limit);

    /**
     * Features an item or stops featuring it without making a revision or moving its version: an editor with the
     * item open can still save it.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update ContentItem i set i.featured = :featured where i.id = :id")
    int changeFeatured(@org.springframework.data.repository.query.Param("id") Long id,
                       @org.springframework.data.repository.query.Param("featured") boolean featured);

    /** Published items, newest first, published after {@code since}: candidates for "new for you". */
    List<ContentItem> findByStatusAndPublishedAtAfterOrderByPublishedAtDescIdDesc(ContentStatus status, Instant since, Limit limit);
}
