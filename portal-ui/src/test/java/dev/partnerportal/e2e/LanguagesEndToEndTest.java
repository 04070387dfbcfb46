package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.i18n.PortalI18NProvider;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One partner person per language signs in and opens home, the library, an item, certifications and a survey.
 * No page may show a raw bundle key or an English UI text that the language translates differently (built from
 * the bundles, not from a list); Arabic alone is right to left. Every page is kept as a full-page screenshot in
 * {@code target/e2e-screenshots/languages/}. Content (item titles and bodies, survey questions) is data, not UI
 * text, and is left out of the English check.
 */
@PortalWebTest
class LanguagesEndToEndTest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots/languages");
    /** Regions whose text is content or data, not UI text. */
    private static final String CONTENT = "#item-title, #item-body, #library-grid vaadin-grid-cell-content, "
            + "[id^='question-'], #survey-form h2, #survey-form h3, .portal-page-title, #partner-tier";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, alice@northwind.test", "ar, layla@nile.test", "hu, ildiko@duna.test", "ko, minjun@hanbit.test",
            "vi, huong@songhong.test"})
    void aPartnerPersonSeesEveryPageInTheirLanguage(String language, String person) throws IOException {
        var locale = Locale.forLanguageTag(language);
        // The demo's saved language (other browser tests reset every saved language before they run).
        jdbc.update("update portal_user set preferred_locale = ? where email = ?",
                language.equals("en") ? null : language, person);
        var check = new UiTextCheck(locale);
        long wave = jdbc.queryForObject("select id from survey_wave where name = 'Q4 2026 (Gold)'", Long.class);

        open("/login");
        signIn(person, DEMO_PASSWORD);
        waitForPath("/partner");

        var problems = new ArrayList<String>();
        visit("home", By.id("partner-home"), language, check, problems);
        open("/library");
        visit("library", By.cssSelector("#library-grid .library-item-link"), language, check, problems);
        waitFor(By.cssSelector("#library-grid .library-item-link")).click();
        visit("item", By.id("item-body"), language, check, problems);
        open("/certifications");
        visit("certifications", By.id("certifications"), language, check, problems);
        open("/surveys/answer/" + wave);
        visit("survey", By.id("survey-form"), language, check, problems);

        assertThat(problems).isEmpty();
    }

    private void visit(String page, By ready, String language, UiTextCheck check, List<String> problems) throws IOException {
        waitFor(ready);
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(d -> language.equals(js().executeScript("return document.documentElement.getAttribute('lang')")));
        var direction = (String) js().executeScript("return document.documentElement.getAttribute('dir')");
        if (language.equals("ar") != "rtl".equals(direction)) {
            problems.add(page + ": dir=" + direction);
        }
        var text = (String) js().executeScript("""
                var text = document.body.innerText;
                document.querySelectorAll(arguments[0]).forEach(e => { if (e.innerText) text = text.split(e.innerText).join('\\n'); });
                return text;""", CONTENT);
        check.problems(text).forEach(problem -> problems.add(page + ": " + problem));
        screenshot(language + "-" + page);
    }

    /** The whole page, not only the window: the viewport grows to the page's height for one capture. */
    private void screenshot(String name) throws IOException {
        var height = ((Number) js().executeScript("""
                var all = [...document.querySelectorAll('*')];
                document.querySelectorAll('vaadin-app-layout').forEach(l => l.shadowRoot && all.push(...l.shadowRoot.querySelectorAll('*')));
                return Math.max(document.documentElement.scrollHeight, ...all.map(e => e.scrollHeight)) + 80;""")).intValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280,
                "height", Math.min(Math.max(height, 900), 8000), "deviceScaleFactor", 1, "mobile", false));
        try {
            var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * What must not be on a page in {@code locale}: a bundle key, a "!key!" of a missing translation, or the
     * literal words of an English text that this language words differently. English words this language also
     * uses (names, "EMEA", loanwords inside its own texts) are not counted.
     */
    static final class UiTextCheck {

        private final Set<String> keys = new HashSet<>();
        private final Set<String> englishOnly = new TreeSet<>();

        UiTextCheck(Locale locale) throws IOException {
            var ownTexts = new ArrayList<String>();
            var english = new Properties();
            for (var bundle : PortalI18NProvider.bundleNames()) {
                var base = load(bundle + ".properties");
                english.putAll(base);
                if (!locale.equals(SupportedLanguages.ENGLISH)) {
                    load(bundle + SupportedLanguages.bundleSuffix(locale) + ".properties")
                            .forEach((key, value) -> ownTexts.add(value.toString()));
                }
            }
            keys.addAll(english.stringPropertyNames());
            if (locale.equals(SupportedLanguages.ENGLISH)) {
                return;
            }
            for (var value : english.values()) {
                for (var fragment : PLACEHOLDER.split(value.toString().replace("''", "'"))) {
                    var words = fragment.strip();
                    // Two words at least: single words ("Gold", "Status") are as likely data as UI text.
                    if (words.contains(" ") && words.length() >= 8 && !words.contains("{") && !words.contains("}")
                            && ownTexts.stream().noneMatch(own -> own.contains(words))) {
                        englishOnly.add(words);
                    }
                }
            }
        }

        List<String> problems(String pageText) {
            var problems = new ArrayList<String>();
            var missing = Pattern.compile("![a-zA-Z][\\w.-]*!").matcher(pageText);
            while (missing.find()) {
                problems.add("missing translation " + missing.group());
            }
            for (var token : pageText.split("\\s+")) {
                if (token.contains(".") && keys.contains(token)) {
                    problems.add("raw key " + token);
                }
            }
            englishOnly.stream().filter(pageText::contains).forEach(english -> problems.add("English text \"" + english + "\""));
            return problems;
        }

        private static Properties load(String resource) throws IOException {
            var properties = new Properties();
            try (var in = LanguagesEndToEndTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return properties;
        }
    }
}
