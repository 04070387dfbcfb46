package dev.partnerportal.content;

import dev.partnerportal.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The named sections of a one-page cheat sheet. Every section is plain text (line breaks kept), short
 * enough to fit one printed page together.
 */
public record CheatSheet(String whatItIs, String whoBuys, String pains, String pitch, String objections,
                         String proofPoints) {

    public static final int SECTION_MAX_LENGTH = 4000;
    public static final CheatSheet EMPTY = new CheatSheet("", "", "", "", "", "");

    /** Section keys in print order; also the YAML keys of the export format and the i18n suffixes. */
    public static final java.util.List<String> SECTIONS =
            java.util.List.of("whatItIs", "whoBuys", "pains", "pitch", "objections", "proofPoints");

    public CheatSheet {
        whatItIs = section(whatItIs, "whatItIs");
        whoBuys = section(whoBuys, "whoBuys");
        pains = section(pains, "pains");
        pitch = section(pitch, "pitch");
        objections = section(objections, "objections");
        proofPoints = section(proofPoints, "proofPoints");
    }

    private static String section(String value, String name) {
        var text = Objects.requireNonNullElse(value, "").strip();
        if (text.length() > SECTION_MAX_LENGTH) {
            throw new RuleViolation(ContentError.SECTION_TOO_LONG, name, SECTION_MAX_LENGTH);
        }
        return text;
    }

    public static CheatSheet of(Map<String, String> sections) {
        return new CheatSheet(sections.getOrDefault("whatItIs", ""), sections.getOrDefault("whoBuys", ""),
                sections.getOrDefault("pains", ""), sections.getOrDefault("pitch", ""),
                sections.getOrDefault("objections", ""), sections.getOrDefault("proofPoints", ""));
    }

    /** Sections by key, in print order. */
    public Map<String, String> asMap() {
        var map = new LinkedHashMap<String, String>();
        map.put("whatItIs", whatItIs);
        map.put("whoBuys", whoBuys);
        map.put("pains", pains);
        map.put("pitch", pitch);
        map.put("objections", objections);
        map.put("proofPoints", proofPoints);
        return map;
    }

    public boolean isEmpty() {
        return asMap().values().stream().allMatch(String::isEmpty);
    }
}
