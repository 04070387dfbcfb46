package dev.partnerportal.training;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Quizzes extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findByQuizKey(String quizKey);

    /** The quiz with its row locked until the transaction ends, so that starts of one quiz take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from Quiz q where q.quizKey = :quizKey")
    Optional<Quiz> findLockedByQuizKey(String quizKey);

    List<Quiz> findAllByOrderByTitle();
}
