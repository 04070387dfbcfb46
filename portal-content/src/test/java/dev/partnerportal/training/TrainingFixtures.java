package dev.partnerportal.training;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers: a clean slate of progress and attempts, and the answer key read straight from the database. */
final class TrainingFixtures {

    private TrainingFixtures() {
    }

    static void reset(JdbcTemplate jdbc) {
        jdbc.update("delete from training_attempt");
        jdbc.update("delete from training_lesson_progress");
        jdbc.update("delete from training_course_completion");
        jdbc.update("update certification_award set renewal_of = null");
        jdbc.update("delete from certification_reminder");
        jdbc.update("delete from certification_award where user_id <> (select id from portal_user where email = 'alice@northwind.test')");
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null where kind = 'COMPLETE_COURSE'");
        jdbc.update("delete from tier_change where reason like 'Certification %'");
        jdbc.update("update partner_organization set version = version + 1, tier_id = (select id from partner_tier where code = 'GOLD') where name = 'Northwind Traders'");
        jdbc.update("update partner_organization set version = version + 1, tier_id = (select id from partner_tier where code = 'REGISTERED') where name = 'Contoso Ltd'");
        jdbc.update("update content_item set audience_tiers = '', regions = '' where slug in "
                + "('know-your-buyer', 'the-first-meeting', 'pricing-and-discounts', 'installing-the-stock-service', 'going-live')");
    }

    /** Addresses a demo lesson to a tier list or a region list only, e.g. {@code restrict(jdbc, "pricing-and-discounts", "audience_tiers", "GOLD")}. */
    static void restrict(JdbcTemplate jdbc, String slug, String column, String value) {
        jdbc.update("update content_item set " + column + " = ? where slug = ?", "|" + value + "|", slug);
    }

    static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The right answers of every question of a quiz, by question id. */
    static Map<Long, Set<Integer>> answerKey(JdbcTemplate jdbc, String quizKey) {
        return jdbc.queryForList("""
                        select q.id, q.correct_options from training_question q join training_quiz z on z.id = q.quiz_id
                        where z.quiz_key = ?""", quizKey).stream()
                .collect(Collectors.toMap(row -> ((Number) row.get("id")).longValue(),
                        row -> Codes.decode((String) row.get("correct_options")).stream().map(Integer::valueOf)
                                .collect(Collectors.toCollection(HashSet::new))));
    }
}
