package dev.partnerportal.productfeedback;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaVotes extends JpaRepository<IdeaVote, IdeaVote.Key> {

    /** Organization id and its votes in [from, to), for those of these organizations that have any. */
    @org.springframework.data.jpa.repository.Query("""
            select v.organizationId, count(v) from IdeaVote v
            where v.organizationId in :organizations and v.votedAt >= :from and v.votedAt < :to
            group by v.organizationId""")
    java.util.List<Object[]> countVoted(java.util.Collection<Long> organizations, Instant from, Instant to);
}
