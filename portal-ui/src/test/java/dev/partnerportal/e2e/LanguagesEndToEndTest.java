package dev.partnerportal.e2e;

import static dev.partnerportal.support.PortalWebTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.ui.i18n.PortalI18NProvider;
import dev.partnerportal.ui.i18n.SupportedLanguages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One partner person per language signs in and opens home, the library, an item, certifications and a survey.
 * No page may show a raw bundle key or an English UI text that the language translates differently (built from
 * the bundles, not from a list); Arabic alone is right to left. Every page is kept as a full-page screenshot in
 * {@code target/e2e-screenshots/languages/}. Content (item titles and bodies, survey questions) is data, not UI
 * text, and is left out of the English check. The frame mirrors: at a desktop width the side menu is open at the
 * start edge (the right one in Arabic) with the content beside it and within the window, in the window and in
 * the full-page screenshot alike; at a phone width the menu toggle slides it in from that edge.
 */
@PortalWebTest
class LanguagesEndToEndTest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots/languages");
    /** Regions whose text is content or data, not UI text. */
    private static final String CONTENT = "#item-title, #item-body, #library-grid vaadin-grid-cell-content, "
            + ".library-card, [id^='question-'], #survey-form h2, #survey-form h3, .portal-page-title, #partner-tier";
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
        checkPhoneDrawer(language, problems);
        open("/library");
        visit("library", By.cssSelector("#library-grid .library-item-link"), language, check, problems);
        // A demo item with a body: the library's first row may be an item another test in this context created.
        open("/library/commerce-suite-retail");
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
        var window = frame();
        checkFrame(page + " (window)", language, window, problems);
        screenshot(language + "-" + page, page, language, window, problems);
    }

    /**
     * Where the frame is: the side menu ({@code [part=drawer]} of the app layout), the page content (the routed
     * view) and the window, in CSS pixels.
     */
    private Frame frame() {
        @SuppressWarnings("unchecked")
        var frame = (Map<String, Object>) js().executeScript("""
                var layout = document.querySelector('vaadin-app-layout');
                var drawer = layout.shadowRoot.querySelector('[part=drawer]');
                var box = e => { var b = e.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; };
                return {width: innerWidth, scrollWidth: document.documentElement.scrollWidth,
                    opened: layout.hasAttribute('drawer-opened'), overlay: layout.hasAttribute('overlay'),
                    drawerVisible: getComputedStyle(drawer).visibility === 'visible', drawer: box(drawer),
                    content: box(layout.querySelector(':scope > :not([slot])'))};""");
        return new Frame(((Number) frame.get("width")).doubleValue(), ((Number) frame.get("scrollWidth")).doubleValue(),
                (Boolean) frame.get("opened"), (Boolean) frame.get("overlay"), (Boolean) frame.get("drawerVisible"),
                box(frame.get("drawer")), box(frame.get("content")));
    }

    private static double[] box(Object list) {
        return ((List<?>) list).stream().mapToDouble(n -> ((Number) n).doubleValue()).toArray();
    }

    record Frame(double width, double scrollWidth, boolean opened, boolean overlay, boolean drawerVisible,
            double[] drawer, double[] content) {

        /** The drawer is open and visible, and touches the window's start edge: the right one in Arabic. */
        boolean drawerAtStart(boolean rtl) {
            return opened && drawerVisible && drawer[2] - drawer[0] > 100
                    && (rtl ? Math.abs(drawer[2] - width) < 1 : Math.abs(drawer[0]) < 1);
        }

        /** The drawer is closed and wholly outside the window, beyond its start edge. */
        boolean drawerHidden(boolean rtl) {
            return !opened && !drawerVisible && (rtl ? drawer[0] >= width : drawer[2] <= 0);
        }

        @Override
        public String toString() {
            return "window " + width + " (scroll width " + scrollWidth + "), drawer " + (opened ? "open" : "closed")
                    + (overlay ? " overlay" : "") + (drawerVisible ? " visible " : " hidden ") + Arrays.toString(drawer)
                    + ", content " + Arrays.toString(content);
        }
    }

    /**
     * At a desktop width the side menu is open beside the content, on the right in Arabic and on the left
     * otherwise, and the content lies within the window, nothing cut off or scrolled sideways.
     */
    private static void checkFrame(String where, String language, Frame frame, List<String> problems) {
        boolean rtl = language.equals("ar");
        boolean beside = rtl ? frame.content()[2] <= frame.drawer()[0] + 1 : frame.content()[0] >= frame.drawer()[2] - 1;
        boolean narrow = frame.drawer()[2] - frame.drawer()[0] < frame.width() / 2;
        if (frame.overlay() || !frame.drawerAtStart(rtl) || !narrow || !beside || frame.content()[0] < 0 || frame.content()[2] > frame.width() + 1
                || frame.scrollWidth() > frame.width()) {
            problems.add(where + ": " + frame);
        }
    }

    /**
     * At a 390 px phone width the side menu is an overlay: closed at first, outside the window; the toggle
     * slides it in at the start edge (the right one in Arabic); a tap beside it closes it again.
     */
    private void checkPhoneDrawer(String language, List<String> problems) {
        boolean rtl = language.equals("ar");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            if (!eventually(() -> frame().overlay() && frame().drawerHidden(rtl))) {
                problems.add("phone, before the toggle: " + frame());
            }
            waitFor(By.tagName("vaadin-drawer-toggle")).click();
            if (!eventually(() -> frame().overlay() && frame().drawerAtStart(rtl))) {
                problems.add("phone, after the toggle: " + frame());
            }
            new Actions(driver).moveToLocation(rtl ? 40 : 350, 600).click().perform();
            if (!eventually(() -> frame().drawerHidden(rtl))) {
                problems.add("phone, after a tap beside the menu: " + frame());
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        if (!eventually(() -> frame().drawerAtStart(rtl))) {
            problems.add("desktop again after the phone: " + frame());
        }
    }

    /** Waits (up to {@link #PATIENCE}) for the drawer's slide to end in {@code state}; false if it never does. */
    private boolean eventually(BooleanSupplier state) {
        try {
            new WebDriverWait(driver, PATIENCE).until(d -> state.getAsBoolean());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /**
     * The whole page, not only the window: the viewport grows to the page's height for one capture. The grown
     * viewport is captured as it is: Chromium's {@code captureBeyondViewport} lays a right-to-left page out
     * again for the capture and shifts it sideways by the drawer's width, which hid the Arabic side menu and
     * cut off the content's right part. The capture must show the side menu where the window shows it.
     */
    private void screenshot(String name, String page, String language, Frame window, List<String> problems) throws IOException {
        var inWindow = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
        var height = ((Number) js().executeScript("""
                var all = [...document.querySelectorAll('*')];
                document.querySelectorAll('vaadin-app-layout').forEach(l => l.shadowRoot && all.push(...l.shadowRoot.querySelectorAll('*')));
                return Math.max(document.documentElement.scrollHeight, ...all.map(e => e.scrollHeight)) + 80;""")).intValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280,
                "height", Math.min(Math.max(height, 900), 8000), "deviceScaleFactor", 1, "mobile", false));
        try {
            checkFrame(page + " (full page)", language, frame(), problems);
            var shot = Base64.getDecoder().decode((String) driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", false)).get("data"));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), shot);
            var different = differentPixels(inWindow, ImageIO.read(new ByteArrayInputStream(shot)), window.drawer());
            if (different > 0.02) {
                ImageIO.write(inWindow, "png", SCREENSHOTS.resolve(name + "-window.png").toFile());
                problems.add(page + " (full page): the side menu's top differs from the window's in " + Math.round(different * 100) + "% of its pixels");
            }
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * The share of pixels that differ between two captures in the drawer's top band with the portal's name (rows
     * 8 to 52: Vaadin's loading bar may still cross the top rows), which must not be blank: a capture shifted
     * sideways shows something else there.
     */
    private static double differentPixels(BufferedImage window, BufferedImage page, double[] drawer) {
        int from = (int) Math.round(drawer[0]);
        int to = Math.min((int) Math.round(drawer[2]), Math.min(window.getWidth(), page.getWidth()));
        int different = 0;
        var colours = new HashSet<Integer>();
        for (int x = from; x < to; x++) {
            for (int y = 8; y < 52; y++) {
                colours.add(window.getRGB(x, y));
                if (window.getRGB(x, y) != page.getRGB(x, y)) {
                    different++;
                }
            }
        }
        assertThat(colours).as("colours in the side menu's top").hasSizeGreaterThan(2);
        return (double) different / Math.max(1, (to - from) * 44);
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
