package dev.partnerportal.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Courses extends JpaRepository<Course, Long> {

    Optional<Course> findByCode(String code);

    List<Course> findAllByOrderByTitle();
}
