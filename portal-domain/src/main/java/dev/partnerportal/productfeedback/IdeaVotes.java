package dev.partnerportal.productfeedback;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdeaVotes extends JpaRepository<IdeaVote, IdeaVote.Key> {

    long countByOrganizationIdAndVotedAtGreaterThanEqualAndVotedAtLessThan(Long organization, Instant from, Instant to);
}
