package dev.partnerportal.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A survey's title and introduction in one language. */
@Embeddable
class SurveyText {

    @Column(name = "title", nullable = false, length = SurveyTexts.TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "intro", length = SurveyTexts.INTRO_MAX_LENGTH)
    private @Nullable String intro;

    protected SurveyText() {
    }

    SurveyText(String title, @Nullable String intro) {
        this.title = title;
        this.intro = intro;
    }

    String title() {
        return title;
    }

    @Nullable String intro() {
        return intro;
    }
}
