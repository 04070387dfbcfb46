package dev.partnerportal.api.survey;

import dev.partnerportal.survey.AlreadyAnsweredException;
import dev.partnerportal.survey.IncompleteResponseException;
import dev.partnerportal.survey.SurveyClosedException;
import dev.partnerportal.survey.SurveyNotFoundException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The survey API's own failures as problems. Ordered before the general handler, which answers everything
 * it does not know with 500; other exceptions fall through to it.
 */
@RestControllerAdvice(basePackageClasses = SurveyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SurveyProblems {

    @ExceptionHandler(SurveyNotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such survey wave for you.");
    }

    @ExceptionHandler(AlreadyAnsweredException.class)
    ProblemDetail alreadyAnswered() {
        return problem(HttpStatus.CONFLICT, "already-answered", "You have already submitted your response to this wave.");
    }

    @ExceptionHandler(SurveyClosedException.class)
    ProblemDetail closed() {
        return problem(HttpStatus.CONFLICT, "closed", "The wave is not open.");
    }

    @ExceptionHandler(IncompleteResponseException.class)
    ProblemDetail incomplete(IncompleteResponseException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "incomplete", "Required questions are unanswered.");
        problem.setProperty("missingQuestionIds", e.missing().stream().sorted().toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:partnerportal:problem:" + type));
        return problem;
    }
}
