package dev.partnerportal.training;

import dev.partnerportal.activity.ActivityKind;
import dev.partnerportal.activity.ActivityRecorder;
import dev.partnerportal.certification.CertificationAwardId;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.onboarding.OnboardingActivity;
import dev.partnerportal.onboarding.StepKind;
import dev.partnerportal.content.ContentDetails;
import dev.partnerportal.content.ContentItemId;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses and learning paths as people take them. Lessons are content items read through the library, so a
 * lesson outside the caller's audience is not part of the course for them. A course is for a partner only when
 * every lesson is addressed to their tier and region (the content audience rule); any other course, its
 * lessons, its quiz and its place in a path are answered as if they did not exist. Progress belongs to the
 * person; finishing a course completes the onboarding step that names it.
 */
@Service
public class Training {

    private final Courses courses;
    private final LearningPaths paths;
    private final LessonProgressEntries progress;
    private final CourseCompletions completions;
    private final Quizzes quizzes;
    private final ContentLibrary library;
    private final Certifications certifications;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ActivityRecorder activity;

    Training(Courses courses, LearningPaths paths, LessonProgressEntries progress, CourseCompletions completions,
             Quizzes quizzes, ContentLibrary library, Certifications certifications, CallerContext callers,
             ApplicationEventPublisher events, Clock clock, ActivityRecorder activity) {
        this.activity = activity;
        this.courses = courses;
        this.paths = paths;
        this.progress = progress;
        this.completions = completions;
        this.quizzes = quizzes;
        this.library = library;
        this.certifications = certifications;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Every course for the caller's audience with the caller's progress, by title. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CourseOverview> courses() {
        var caller = callers.require();
        var done = lessonsDone(caller);
        var completed = completedCourseIds(caller);
        return courses.findAllByOrderByTitle().stream().filter(this::forCaller).map(c -> overview(c, done, completed)).toList();
    }

    /** One course with the caller's progress, if it is for the caller's audience. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CourseOverview> course(String code) {
        var caller = callers.require();
        return courses.findByCode(code).filter(this::forCaller).map(c -> overview(c, lessonsDone(caller), completedCourseIds(caller)));
    }

    /**
     * Every live learning path in catalog order with the caller's progress on its courses for the caller's
     * audience; a path with none is left out, and so is a retired one.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PathOverview> paths() {
        var caller = callers.require();
        var done = lessonsDone(caller);
        var completed = completedCourseIds(caller);
        return paths.findByRetiredAtIsNullOrderByCatalogPositionAscTitleAsc().stream().map(path -> new PathOverview(path.code(), path.title(), path.summary(),
                        path.courseCodes().stream().map(courses::findByCode).flatMap(Optional::stream).filter(this::forCaller)
                                .map(c -> overview(c, done, completed)).toList()))
                .filter(path -> !path.courses().isEmpty()).toList();
    }

    /** A lesson of a course, if both exist and the caller may read the lesson. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ContentDetails> lesson(String courseCode, long itemId) {
        return courses.findByCode(courseCode).filter(c -> c.lessonItemIds().contains(itemId)).filter(this::forCaller)
                .flatMap(c -> library.find(ContentItemId.of(itemId)));
    }

    /**
     * Marks a lesson done for the caller; when it was the course's last, records the completion and lets
     * onboarding know. Empty when there is no such course or lesson for the caller.
     */
    @PreAuthorize("hasAnyRole('PARTNER_ADMIN', 'PARTNER_USER')")
    @Transactional
    public Optional<CourseOverview> completeLesson(String courseCode, long itemId) {
        var caller = callers.require();
        var course = courses.findByCode(courseCode).filter(c -> c.lessonItemIds().contains(itemId)).filter(this::forCaller);
        if (course.isEmpty() || library.find(ContentItemId.of(itemId)).isEmpty()) {
            return Optional.empty();
        }
        var organization = caller.organization().orElseThrow().value();
        long user = caller.userId().value();
        var newLesson = false;
        if (!progress.existsByUserIdAndCourseIdAndContentItemId(user, course.get().id(), itemId)) {
            try {
                progress.saveAndFlush(new LessonProgress(user, organization, course.get().id(), itemId, clock.instant()));
                newLesson = true;
            } catch (DataIntegrityViolationException sameLessonInAnotherTab) {
                return course(courseCode);
            }
        }
        var overview = overview(course.get(), lessonsDone(caller), completedCourseIds(caller));
        if (overview.resumeAt() == null && !completions.existsByUserIdAndCourseId(user, course.get().id())) {
            completions.save(new CourseCompletion(user, organization, course.get().id(), clock.instant()));
            events.publishEvent(new OnboardingActivity(caller.organizationId(), StepKind.COMPLETE_COURSE, courseCode));
            overview = overview(course.get(), lessonsDone(caller), completedCourseIds(caller));
        }
        if (newLesson) {
            activity.trained(caller, ActivityKind.LESSON_PROGRESS, course.get().id(), overview.percent(), null);
        }
        return Optional.of(overview);
    }

    /**
     * "What changed since you certified": lessons of the certification's courses published again after the
     * award. Empty when the caller may not see the award (see {@link Certifications#find}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<List<LessonChange>> changesSince(CertificationAwardId award) {
        return certifications.find(award).map(held -> {
            var changes = new ArrayList<LessonChange>();
            for (var code : held.certification().courseCodes()) {
                courses.findByCode(code).ifPresent(course -> course.lessonItemIds().forEach(id ->
                        library.find(ContentItemId.of(id)).map(ContentDetails::summary)
                                .filter(s -> s.publishedAt() != null && s.publishedAt().isAfter(held.awardedAt()))
                                .ifPresent(s -> changes.add(new LessonChange(code, course.title(), id, s.slug(), s.title(),
                                        s.publishedAt())))));
            }
            return changes;
        });
    }

    /**
     * Whether a quiz tied to this course is for the caller: a quiz answers to its course's audience; one
     * without a course (or naming none that exists) is open to everyone.
     */
    boolean quizCourseForCaller(@Nullable String courseCode) {
        return courseCode == null || courses.findByCode(courseCode).map(this::forCaller).orElse(true);
    }

    /** Codes of the courses the caller has completed. */
    Set<String> completedCourseCodes(Caller caller) {
        var ids = completedCourseIds(caller);
        return courses.findAllById(ids).stream().map(Course::code).collect(Collectors.toSet());
    }

    private boolean forCaller(Course course) {
        return library.allAddressedToCaller(course.lessonItemIds().stream().map(ContentItemId::of).toList());
    }

    private CourseOverview overview(Course course, Set<String> done, Set<Long> completed) {
        var lessons = course.lessonItemIds().stream().map(id -> library.find(ContentItemId.of(id))
                .map(d -> new CourseOverview.Lesson(id, d.summary().slug(), d.summary().title(), done.contains(course.id() + "/" + id))))
                .flatMap(Optional::stream).toList();
        var quiz = quizzes.findAllByOrderByTitle().stream().filter(q -> course.code().equals(q.courseCode()))
                .map(Quiz::quizKey).findFirst().orElse(null);
        return new CourseOverview(course.code(), course.title(), course.summary(), course.estimatedMinutes(), lessons,
                completed.contains(course.id()), quiz);
    }

    private Set<String> lessonsDone(Caller caller) {
        return progress.findByUserId(caller.userId().value()).stream()
                .map(p -> p.courseId() + "/" + p.contentItemId()).collect(Collectors.toSet());
    }

    private Set<Long> completedCourseIds(Caller caller) {
        return completions.findByUserId(caller.userId().value()).stream().map(CourseCompletion::courseId).collect(Collectors.toSet());
    }
}
