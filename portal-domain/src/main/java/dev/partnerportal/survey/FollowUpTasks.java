package dev.partnerportal.survey;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Detractor follow-up tasks. */
interface FollowUpTasks extends JpaRepository<FollowUpTask, Long> {

    @Query("select t from FollowUpTask t order by t.status desc, t.openedAt desc, t.id desc")
    List<FollowUpTask> findAllNewestFirst();

    @Query("select t from FollowUpTask t where t.assigneeId = :assignee order by t.status desc, t.openedAt desc, t.id desc")
    List<FollowUpTask> findByAssignee(long assignee);
}
