package dev.partnerportal.training;

import java.util.List;

/** What an editor enters for a learning path: its stable code, texts and its courses in the order to take them. */
public record PathForm(String code, String title, String summary, List<String> courseCodes) {

    /** The most courses one path holds (the stored list is bounded). */
    public static final int MAX_COURSES = 15;
}
