package dev.partnerportal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The partner's and the staff's journeys through the real UI, step by step as a browser's Flow client sends them.
 * Every UIDL request is named {@code uidl <step>} and its time is also recorded in {@link LoadFigures}, which
 * reports the UIDL percentiles the capacity target is about.
 */
final class Journeys {

    static final String PASSWORD = System.getProperty("load.password", "partner-portal-demo");
    /** English-speaking demo partners: the journeys look for no text, but one language keeps the runs alike. */
    static final List<String> PARTNERS = List.of("alice@northwind.test", "bob@northwind.test", "carol@contoso.test");
    static final List<String> SEARCHES = List.of("deal desk", "first meeting", "pricing", "meetnig", "going live",
            "stock service", "buyer");

    private Journeys() {
    }

    static HttpProtocolBuilder protocol(String baseUrl) {
        return http.baseUrl(baseUrl)
                .acceptLanguageHeader("en-US,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) partner-portal-load")
                .disableCaching()
                .shareConnections();
    }

    static VaadinClient ui(Session session) {
        return (VaadinClient) session.get("ui");
    }

    /** The portal's heartbeat interval: the browser's client sends one this often while the tab is open. */
    static final long HEARTBEAT_MILLIS = Long.getLong("load.heartbeat", 300) * 1000;

    /**
     * Think time of a person reading: uniformly between min and max seconds. The tab sends its heartbeat when due,
     * as the browser does (without it Vaadin closes a UI after three missed heartbeats).
     */
    static ChainBuilder think(int minSeconds, int maxSeconds) {
        return pause(Duration.ofSeconds(minSeconds), Duration.ofSeconds(maxSeconds))
                .doIf(session -> System.currentTimeMillis() - session.getLong("heartbeatAt") >= HEARTBEAT_MILLIS).then(
                        exec(http("heartbeat").post(session -> "/?v-r=heartbeat&v-uiId=" + ui(session).uiId())
                                .check(status().is(200)))
                                .exec(session -> session.set("heartbeatAt", System.currentTimeMillis())));
    }

    /** A full page load: the HTML shell, the UI's init answer, and the router's first navigation. */
    static ChainBuilder open(String name, String route) {
        return exec(session -> session.set("ui", new VaadinClient()).set("heartbeatAt", System.currentTimeMillis()))
                .exec(http("page " + name).get("/" + route).check(status().is(200)))
                .exec(http("init " + name).get("/?v-r=init&location=" + route + "&query=")
                        .check(status().is(200),
                                bodyString().transformWithSession((body, session) -> ui(session).init(body)).is("ok")))
                .exec(uidl(name, c -> c.navigate(route, ""), c -> true));
    }

    /** One UIDL round trip; the answer must apply cleanly and leave the tree as {@code expect} wants it. */
    static ChainBuilder uidl(String name, Function<VaadinClient, String> request, Predicate<VaadinClient> expect) {
        return exec(http("uidl " + name)
                .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> request.apply(ui(session))))
                .check(status().is(200),
                        bodyString().transformWithSession((body, session) -> {
                            var client = ui(session);
                            var applied = client.apply(body);
                            if (!applied.equals("ok")) {
                                return applied;
                            }
                            return expect.test(client) ? "ok" : "unexpected page after " + name;
                        }).is("ok"),
                        responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    LoadFigures.uidl(name, session.getInt("rt"));
                    return session;
                });
    }

    /** Navigation inside the running UI, as a click on a router link sends it. */
    static ChainBuilder navigate(String name, Function<VaadinClient, String> route, Predicate<VaadinClient> expect) {
        return uidl(name, c -> {
            var target = route.apply(c);
            var query = target.indexOf('?');
            return query < 0 ? c.navigate(target, "") : c.navigate(target.substring(0, query), target.substring(query + 1));
        }, expect);
    }

    /** The grids on the page ask for their first rows, as the grid connector does once it is shown. */
    static ChainBuilder gridRows(String name) {
        return doIf(session -> ui(session).find(e -> e.tag.equals("vaadin-grid")).isPresent()).then(
                uidl(name + " rows", c -> {
                    var grid = c.find(e -> e.tag.equals("vaadin-grid")).orElseThrow();
                    return c.call(grid.id, "setViewportRange", 0, 50);
                }, c -> true));
    }

    /** The sign-in page, then Spring Security's form post, as the login form submits it. */
    static ChainBuilder signIn() {
        return exec(http("page login").get("/login").check(status().is(200),
                        regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(session -> session.set("ui", new VaadinClient()))
                .exec(http("init login").get("/?v-r=init&location=login&query=")
                        .check(status().is(200),
                                bodyString().transformWithSession((body, session) -> ui(session).init(body)).is("ok")))
                .exec(uidl("login view", c -> c.navigate("login", ""), c -> c.find(e -> e.tag.equals("vaadin-login-form")).isPresent()))
                .exec(http("unload login").post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(session -> ui(session).unloadBeacon()))
                        .check(status().in(200, 204)))
                // "Busy" (more sign-ins waiting for a password check than the portal queues) asks the person to try
                // again in a few seconds; they do, up to ten times. Any other refusal is an error; giving up is counted.
                .exec(session -> session.set("signIn", "busy").set("signInTries", 0))
                .asLongAs(session -> session.getString("signIn").equals("busy") && session.getInt("signInTries") < 10).on(
                        exec(http("sign in").post("/login")
                                .formParam("username", "#{login}")
                                .formParam("password", PASSWORD)
                                .formParam("_csrf", "#{csrf}")
                                .disableFollowRedirect()
                                .check(status().is(302),
                                        header("Location").transform(location -> location.endsWith("?busy") ? "busy"
                                                : location.contains("?") ? "refused: " + location : "ok").in("ok", "busy").saveAs("signIn"),
                                        responseTimeInMillis().saveAs("rt")))
                                .exec(session -> {
                                    if (session.getString("signIn").equals("busy")) {
                                        LoadFigures.busy();
                                    } else {
                                        LoadFigures.signIn(session.getInt("rt"));
                                    }
                                    return session.set("signInTries", session.getInt("signInTries") + 1);
                                })
                                .doIf(session -> session.getString("signIn").equals("busy")).then(pause(Duration.ofSeconds(3), Duration.ofSeconds(8))))
                .exec(session -> {
                    if (!session.getString("signIn").equals("ok")) {
                        LoadFigures.gaveUp();
                    }
                    return session;
                })
                .exitHereIf(session -> !session.getString("signIn").equals("ok"));
    }

    /** Sign in and land on home (a full page load), then one round of {@link #partnerRound}. */
    static ChainBuilder partner(int minThink, int maxThink) {
        return partnerStart().exec(partnerRound(minThink, maxThink));
    }

    static ChainBuilder partnerStart() {
        return signIn().exec(open("home", ""));
    }

    /**
     * Inside the running UI, as a person clicks through it: library, an item, a search, the training page, a
     * course and a lesson, the surveys and a survey's draft answers, back home.
     */
    static ChainBuilder partnerRound(int minThink, int maxThink) {
        return think(minThink, maxThink)
                .exec(navigate("library", c -> "library", c -> !c.links("library/").isEmpty()))
                .exec(gridRows("library"))
                .exec(think(minThink, maxThink))
                .exec(navigate("library item", c -> pick(c.links("library/")), c -> true))
                .exec(think(minThink, maxThink))
                .exec(uidl("search", c -> c.detailEvent(c.byId("portal-search").orElseThrow().id, "custom-value-set",
                        pick(SEARCHES)), c -> true))
                .exec(think(minThink, maxThink))
                .exec(navigate("training", c -> "training", c -> true))
                .doIf(session -> !ui(session).links("training/course/").isEmpty()).then(
                        exec(navigate("course", c -> firstCourse(c), c -> true))
                                .exec(think(minThink, maxThink))
                                .doIf(session -> ui(session).links("training/course/").stream().anyMatch(l -> l.contains("/lesson/"))).then(
                                        exec(navigate("lesson", c -> pick(c.links("training/course/").stream()
                                                .filter(l -> l.contains("/lesson/")).toList()), c -> c.byId("lesson").isPresent())))
                )
                .exec(think(minThink, maxThink))
                .exec(navigate("surveys", c -> "surveys", c -> c.byId("surveys").isPresent()))
                .doIf(session -> !ui(session).links("surveys/answer/").isEmpty()).then(
                        exec(navigate("survey", c -> pick(c.links("surveys/answer/")), c -> c.byId("survey-form").isPresent()))
                                .exec(think(minThink, maxThink))
                                .doIf(session -> ui(session).byId("survey-save").isPresent()).then(
                                        exec(uidl("survey save draft", Journeys::answerAndSaveDraft, c -> true))))
                .exec(think(minThink, maxThink))
                .exec(navigate("home", c -> "", c -> true));
    }

    /** A channel manager signs in and lands on the workspace. */
    static ChainBuilder managerStart() {
        return exec(session -> session.set("login", "manager@vendor.test")).exec(signIn()).exec(open("workspace", ""));
    }

    /** The desk (sorted by relationship health) and a survey wave's results. */
    static ChainBuilder managerRound(int minThink, int maxThink) {
        return think(minThink, maxThink)
                .exec(navigate("desk", c -> "desk", c -> c.byId("desk-grid").isPresent()))
                .exec(gridRows("desk"))
                .exec(think(minThink, maxThink))
                .exec(navigate("survey admin", c -> "survey-admin", c -> true))
                .doIf(session -> !ui(session).links("survey-admin/results/").isEmpty()).then(
                        exec(navigate("survey results", c -> pick(c.links("survey-admin/results/")),
                                c -> c.byId("response-count").isPresent())));
    }

    /** A content editor signs in and lands on the workspace. */
    static ChainBuilder editorStart() {
        return exec(session -> session.set("login", "editor@vendor.test")).exec(signIn()).exec(open("workspace", ""));
    }

    /** A new draft, saved twice, as an editor saves while writing. */
    static ChainBuilder editorRound(int minThink, int maxThink) {
        return think(minThink, maxThink)
                .exec(navigate("editor", c -> "content/edit", c -> c.byId("editor-save").isPresent()))
                .exec(think(minThink, maxThink))
                .exec(uidl("editor save draft", c -> saveDraft(c, ""), Journeys::saved))
                .exec(think(minThink, maxThink))
                .exec(uidl("editor save draft again", c -> saveDraft(c, " (revised)"), Journeys::saved));
    }

    private static boolean saved(VaadinClient c) {
        return c.byId("editor-submit").isPresent();
    }

    private static String saveDraft(VaadinClient c, String suffix) {
        var values = new LinkedHashMap<Integer, String>();
        var stamp = Long.toString(System.nanoTime(), 36);
        c.byId("field-title").ifPresent(e -> values.put(e.id, "Load test draft " + stamp + suffix));
        c.byId("field-summary").ifPresent(e -> values.put(e.id, "What a partner takes away from this draft" + suffix));
        c.byId("field-body").ifPresent(e -> values.put(e.id, "# Draft\n\nWritten by the load test" + suffix + "."));
        for (var section : c.all(e -> e.attribute("id").startsWith("sheet-"))) {
            values.put(section.id, "Section text " + stamp);
        }
        return c.setValuesThenClick(values, "change", c.byId("editor-save").orElseThrow().id);
    }

    /** Chooses an answer for every question with choices (the first radio button), then saves a draft. */
    private static String answerAndSaveDraft(VaadinClient c) {
        var values = new LinkedHashMap<Integer, String>();
        for (var group : c.all(e -> e.tag.equals("vaadin-radio-group") && e.attribute("id").startsWith("question-"))) {
            c.find(e -> e.tag.equals("vaadin-radio-button") && group.children.contains(e.id))
                    .map(button -> button.property("value"))
                    .filter(v -> !v.isEmpty())
                    .ifPresent(v -> values.put(group.id, v));
        }
        return c.setValuesThenClick(values, "value-changed", c.byId("survey-save").orElseThrow().id);
    }

    private static String firstCourse(VaadinClient c) {
        return c.links("training/course/").stream().filter(l -> !l.contains("/lesson/")).findFirst()
                .orElse(c.links("training/course/").getFirst().replaceAll("/lesson/.*", ""));
    }

    static String pick(List<String> options) {
        return options.get(ThreadLocalRandom.current().nextInt(options.size()));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
