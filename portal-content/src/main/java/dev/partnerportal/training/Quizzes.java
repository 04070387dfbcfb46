package dev.partnerportal.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Quizzes extends JpaRepository<Quiz, Long> {

    Optional<Quiz> findByQuizKey(String quizKey);

    List<Quiz> findAllByOrderByTitle();
}
