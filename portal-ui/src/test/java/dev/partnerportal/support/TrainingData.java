package dev.partnerportal.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Web tests of training and certifications: put the shared demo database back as the demo left it, and read
 * a quiz's answer key straight from the database (the only place it exists).
 */
public final class TrainingData {

    private TrainingData() {
    }

    public static void reset(JdbcTemplate jdbc) {
        jdbc.update("delete from training_attempt");
        jdbc.update("delete from training_lesson_progress");
        jdbc.update("delete from training_course_completion");
        jdbc.update("update certification_award set renewal_of = null");
        jdbc.update("delete from certification_reminder");
        jdbc.update("delete from certification_award where user_id <> (select id from portal_user where email = 'alice@northwind.test')");
        jdbc.update("update certification_award set revoked_at = null, revoked_reason = null, revoked_by = null");
        jdbc.update("delete from throttle_entry where kind = 'CERTIFICATE_VERIFICATION'");
        jdbc.update("update onboarding_step set completed_at = null, completed_by = null where kind = 'COMPLETE_COURSE'");
        jdbc.update("delete from tier_change where reason like 'Certification %'");
        jdbc.update("update content_item set audience_tiers = '' where slug = 'pricing-and-discounts'");
    }

    /** Addresses one lesson of the sales course to Gold partners only, so the whole course is theirs only. */
    public static void salesCourseForGoldOnly(JdbcTemplate jdbc) {
        jdbc.update("update content_item set audience_tiers = '|GOLD|' where slug = 'pricing-and-discounts'");
    }

    /** Question text to the zero-based indexes of its right options, for a quiz. */
    public static Map<String, Set<Integer>> answerKey(JdbcTemplate jdbc, String quizKey) {
        var key = new HashMap<String, Set<Integer>>();
        jdbc.query("""
                select q.text, q.correct_options from training_question q join training_quiz z on z.id = q.quiz_id
                where z.quiz_key = ?""", row -> {
            key.put(row.getString(1), Arrays.stream(row.getString(2).split("\\|")).filter(s -> !s.isEmpty())
                    .map(Integer::valueOf).collect(Collectors.toSet()));
        }, quizKey);
        return key;
    }

    /** The options of a question, in the order the author wrote them. */
    public static String[] options(JdbcTemplate jdbc, String questionText) {
        return jdbc.queryForObject("select options from training_question where text = ?", String.class, questionText).split("\n");
    }
}
