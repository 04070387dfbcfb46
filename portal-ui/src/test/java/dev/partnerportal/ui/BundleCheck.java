package dev.partnerportal.ui;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one language's bundle with the English one and says, key by key, what is wrong: a missing or
 * extra key, blank text, a pattern ICU cannot read, other argument numbers than English, or a plural form
 * the language does not have (Korean and Vietnamese have only {@code other}; Arabic has six).
 */
final class BundleCheck {

    private BundleCheck() {
    }

    /** Key parity and non-blank text of every offered language against {@code <base>.properties}. */
    static List<String> sameKeysAsEnglish(String base) throws IOException {
        var problems = new ArrayList<String>();
        var english = load(base, SupportedLanguages.ENGLISH);
        for (var locale : SupportedLanguages.LOCALES) {
            if (!locale.equals(SupportedLanguages.ENGLISH)) {
                if (!exists(base, locale)) {
                    problems.add(base + SupportedLanguages.bundleSuffix(locale) + ".properties is missing");
                    continue;
                }
                problems.addAll(compare(base, english, locale, load(base, locale)).stream()
                        .filter(problem -> problem.contains(": missing key") || problem.contains(": extra key")
                                || problem.endsWith(": blank"))
                        .toList());
            }
        }
        return problems;
    }

    /** Pattern validity, arguments and plural forms of every offered language, English included. */
    static List<String> patternsMatchEnglish(String base) throws IOException {
        var problems = new ArrayList<String>();
        var english = load(base, SupportedLanguages.ENGLISH);
        for (var locale : SupportedLanguages.LOCALES) {
            if (!exists(base, locale)) {
                continue; // reported by sameKeysAsEnglish
            }
            problems.addAll(compare(base, english, locale, load(base, locale)).stream()
                    .filter(problem -> !problem.contains(": missing key") && !problem.contains(": extra key")
                            && !problem.endsWith(": blank"))
                    .toList());
        }
        return problems;
    }

    static List<String> compare(String base, Properties english, Locale locale, Properties other) {
        var problems = new ArrayList<String>();
        var where = base + " " + locale.getLanguage();
        var englishKeys = new TreeSet<>(english.stringPropertyNames());
        var otherKeys = new TreeSet<>(other.stringPropertyNames());
        englishKeys.stream().filter(key -> !otherKeys.contains(key)).forEach(key -> problems.add(where + ": missing key " + key));
        otherKeys.stream().filter(key -> !englishKeys.contains(key)).forEach(key -> problems.add(where + ": extra key " + key));
        var categories = PluralRules.forLocale(locale).getKeywords();
        for (var key : otherKeys) {
            var text = other.getProperty(key);
            if (text.isBlank()) {
                problems.add(where + " " + key + ": blank");
                continue;
            }
            MessagePattern pattern;
            try {
                pattern = new MessagePattern(text);
            } catch (IllegalArgumentException | IndexOutOfBoundsException invalid) {
                problems.add(where + " " + key + ": not a valid ICU message (" + invalid.getMessage() + ")");
                continue;
            }
            if (englishKeys.contains(key)) {
                try {
                    var expected = arguments(new MessagePattern(english.getProperty(key)));
                    var actual = arguments(pattern);
                    if (!expected.equals(actual)) {
                        problems.add(where + " " + key + ": arguments " + actual + ", English has " + expected);
                    }
                } catch (IllegalArgumentException invalidEnglish) {
                    // reported when the English bundle itself is checked
                }
            }
            pluralForms(pattern).stream().filter(form -> !form.startsWith("=") && !categories.contains(form))
                    .forEach(form -> problems.add(where + " " + key + ": plural form '" + form + "' is not a "
                            + locale.getDisplayLanguage(Locale.ENGLISH) + " plural category " + new TreeSet<>(categories)));
        }
        return problems;
    }

    private static Set<Integer> arguments(MessagePattern pattern) {
        var numbers = new TreeSet<Integer>();
        for (var i = 0; i < pattern.countParts(); i++) {
            var part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                numbers.add(part.getValue());
            }
        }
        return numbers;
    }

    private static Set<String> pluralForms(MessagePattern pattern) {
        var forms = new TreeSet<String>();
        var inPlural = new ArrayList<Boolean>();
        for (var i = 0; i < pattern.countParts(); i++) {
            var part = pattern.getPart(i);
            switch (part.getType()) {
                case ARG_START -> inPlural.add(part.getArgType() == MessagePattern.ArgType.PLURAL);
                case ARG_LIMIT -> inPlural.removeLast();
                case ARG_SELECTOR -> {
                    if (!inPlural.isEmpty() && inPlural.getLast()) {
                        forms.add(pattern.getSubstring(part));
                    }
                }
                default -> {
                }
            }
        }
        return forms;
    }

    private static boolean exists(String base, Locale locale) {
        return BundleCheck.class.getClassLoader().getResource(base + SupportedLanguages.bundleSuffix(locale) + ".properties") != null;
    }

    static Properties load(String base, Locale locale) throws IOException {
        var resource = base + SupportedLanguages.bundleSuffix(locale) + ".properties";
        var properties = new Properties();
        try (var in = BundleCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
