package dev.partnerportal.content;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All feed subscriptions. */
interface NewsFeeds extends JpaRepository<NewsFeed, Long> {

    List<NewsFeed> findAllByOrderByNameAsc();

    boolean existsByUrl(String url);
}
