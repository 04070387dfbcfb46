package dev.partnerportal.survey;

import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A questionnaire: its title and introduction per language and its questions in order. It is run in one or more {@link SurveyWave}s. */
@Entity
@Table(name = "survey")
class Survey {

    static final int TITLE_MAX_LENGTH = SurveyDefinition.TITLE_MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The program's discovery survey; see {@link SurveyDesigner#markDiscovery}. */
    @Column(nullable = false)
    private boolean discovery;
    /** Title and introduction per language; "en" always present, its title equal to {@link #title}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "survey_text", joinColumns = @JoinColumn(name = "survey_id"))
    @MapKeyColumn(name = "language", length = 8)
    private Map<String, SurveyText> texts = new HashMap<>();

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.annotations.BatchSize(size = 50)
    @OrderBy("ordinal")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected Survey() {
    }

    Survey(SurveyTexts surveyTexts, List<QuestionDraft> drafts, Instant createdAt) {
        if (drafts.isEmpty()) {
            throw new RuleViolation(SurveyError.NO_QUESTIONS);
        }
        this.title = surveyTexts.englishTitle();
        var languages = new HashSet<>(surveyTexts.titles().keySet());
        languages.addAll(surveyTexts.intros().keySet());
        // A language with only an introduction keeps the English title, so every row has a title.
        languages.forEach(language -> texts.put(language, new SurveyText(
                surveyTexts.titles().getOrDefault(language, title), surveyTexts.intros().get(language))));
        this.createdAt = createdAt;
        for (var draft : drafts) {
            int ordinal = questions.size() + 1;
            if (draft.parentOrdinal() != null) {
                var parent = draft.parentOrdinal() < ordinal ? questions.get(draft.parentOrdinal() - 1) : null;
                if (parent == null || parent.getKind() == QuestionKind.FREE_TEXT || parent.getKind() == QuestionKind.MULTIPLE_CHOICE) {
                    throw new RuleViolation(SurveyError.FOLLOW_UP_PARENT);
                }
            }
            questions.add(new SurveyQuestion(this, ordinal, draft));
        }
    }

    SurveyId id() {
        return new SurveyId(Objects.requireNonNull(id, "not yet persisted"));
    }

    String getTitle() {
        return title;
    }

    boolean isDiscovery() {
        return discovery;
    }

    void markDiscovery(boolean discovery) {
        this.discovery = discovery;
    }

    List<SurveyQuestion> getQuestions() {
        return questions;
    }

    SurveyDefinition definition() {
        var titles = new HashMap<String, String>();
        var intros = new HashMap<String, String>();
        texts.forEach((language, text) -> {
            titles.put(language, text.title());
            if (text.intro() != null) {
                intros.put(language, text.intro());
            }
        });
        titles.putIfAbsent(PortalLanguages.FALLBACK, title);
        return new SurveyDefinition(id(), title, questions.stream().map(SurveyQuestion::view).toList(), titles, intros);
    }
}
