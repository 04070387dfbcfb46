package dev.partnerportal.search;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SearchGaps extends JpaRepository<SearchGap, Long> {

    @Modifying
    @Query("update SearchGap g set g.searches = g.searches + 1 where g.query = :query and g.day = :day")
    int countAgain(String query, LocalDate day);

    @Query("""
            select new dev.partnerportal.search.ContentGap(g.query, sum(g.searches), max(g.day))
            from SearchGap g where g.day >= :since group by g.query order by sum(g.searches) desc, max(g.day) desc""")
    List<ContentGap> since(LocalDate since, Limit limit);
}
