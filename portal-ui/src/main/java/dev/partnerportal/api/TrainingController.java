package dev.partnerportal.api;

import dev.partnerportal.training.CourseOverview;
import dev.partnerportal.training.QuizResult;
import dev.partnerportal.training.QuizSheet;
import dev.partnerportal.training.QuizTaking;
import dev.partnerportal.training.Training;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Courses with the caller's progress, and quiz attempts. A quiz sheet never carries the answer key; the
 * server scores. Another person's attempt answers 404.
 */
@RestController
@Tag(name = "Training")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class TrainingController {

    /** Answers to an attempt: question id to the chosen option indexes. */
    record Answers(@NotNull @Size(max = 500) Map<@NotNull Long, @NotNull @Size(max = 50) Set<@NotNull Integer>> answers) {
    }

    private final Training training;
    private final QuizTaking quizzes;

    TrainingController(Training training, QuizTaking quizzes) {
        this.training = training;
        this.quizzes = quizzes;
    }

    @GetMapping("/api/training/courses")
    @Operation(summary = "Every course with the caller's progress and where to resume")
    List<CourseOverview> courses() {
        return training.courses();
    }

    @PostMapping("/api/training/quizzes/{key}/attempts")
    @Operation(summary = "Start an attempt (or get the open one): the drawn questions without the answer key")
    QuizSheet start(@PathVariable String key) {
        return quizzes.start(key).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/training/attempts/{id}")
    @Operation(summary = "Submit the answers of the caller's open attempt and get the score")
    QuizResult submit(@PathVariable long id, @Valid @RequestBody Answers body) {
        return quizzes.submit(id, body.answers()).orElseThrow(NotFoundException::new);
    }
}
