package dev.partnerportal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a browser's Flow client keeps for one UI, enough to speak Vaadin's UIDL protocol as the real client does:
 * the UI id and CSRF token from the {@code ?v-r=init} answer, the last server sync id, the next client id, and the
 * element tree built from the {@code changes} of every answer, so that views are driven by the node ids the server
 * assigned (found by tag, {@code id} or {@code href}), never by hard-coded numbers.
 *
 * <p>One instance per virtual user and UI; Gatling runs a user's steps one after another, so no locking.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Flow's node features (NodeFeatureRegistry): element data (tag), properties, children, attributes, listeners, text. */
    private static final int TAG = 0, PROPERTIES = 1, CHILDREN = 2, ATTRIBUTES = 3, LISTENERS = 4, TEXT = 7;
    private static final Set<String> NUMERIC_EVENT_DATA = Set.of("event.screenX", "event.screenY", "event.clientX",
            "event.clientY", "event.detail", "event.button");

    /** One element of the server's tree, as far as the load test needs it. */
    static final class Element {
        final int id;
        String tag = "";
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Element(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }

        String property(String name) {
            var value = properties.get(name);
            return value == null || value.isNull() ? "" : value.asText();
        }
    }

    private int uiId;
    private String csrfToken = "";
    private int syncId = -1;
    private int clientId;
    private final Map<Integer, Element> elements = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private String lastError = "";

    int uiId() {
        return uiId;
    }

    /** The UI's start: the JSON answer of {@code GET /?v-r=init&location=...}. Returns "ok" or what went wrong. */
    String init(String body) {
        elements.clear();
        constants.clear();
        try {
            var config = JSON.readTree(body).path("appConfig");
            if (config.isMissingNode()) {
                return "init answer without appConfig";
            }
            uiId = config.path("v-uiId").asInt();
            var uidl = config.path("uidl");
            csrfToken = uidl.path("Vaadin-Security-Key").asText();
            clientId = 0;
            return apply(uidl);
        } catch (Exception e) {
            return "init answer not JSON: " + e.getMessage();
        }
    }

    /** The router's navigation event, as the client sends it for a first load, a link click or the back button. */
    String navigate(String route, String query) {
        var data = NODES.objectNode().put("route", route).put("query", query).put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        return message(event(1, "ui-navigate", data));
    }

    /** The beacon the browser sends when the page is left for another document: the server closes this UI. */
    String unloadBeacon() {
        var body = NODES.objectNode().put("csrfToken", csrfToken);
        body.putArray("rpc");
        return body.put("syncId", syncId).put("clientId", clientId).put("UNLOAD", true).toString();
    }

    /** A DOM event on an element, with default values for the event data its listener asked for. */
    String click(int node) {
        return message(event(node, "click", eventData(node, "click")));
    }

    /** A custom DOM event whose listener reads {@code event.detail}, such as the combo box's custom-value-set. */
    String detailEvent(int node, String event, String detail) {
        return message(event(node, event, NODES.objectNode().put("event.detail", detail)));
    }

    /** A value typed or chosen in a field: the property sync the client sends, then the field's change event. */
    String setValue(int node, String value, String changeEvent) {
        var sync = NODES.objectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                .put("property", "value").put("value", value);
        return message(sync, event(node, changeEvent, eventData(node, changeEvent)));
    }

    /** Several field values in one request, as the client batches them before a button click. */
    String setValuesThenClick(Map<Integer, String> values, String changeEvent, int button) {
        var rpcs = new ArrayList<ObjectNode>();
        values.forEach((node, value) -> {
            rpcs.add(NODES.objectNode().put("type", "mSync").put("node", node).put("feature", PROPERTIES)
                    .put("property", "value").put("value", value));
            rpcs.add(event(node, changeEvent, eventData(node, changeEvent)));
        });
        rpcs.add(event(button, "click", eventData(button, "click")));
        return message(rpcs.toArray(ObjectNode[]::new));
    }

    /** A {@code @ClientCallable} call, as the grid's connector makes for the rows it shows. */
    String call(int node, String method, int... args) {
        var rpc = NODES.objectNode().put("type", "publishedEventHandler").put("node", node)
                .put("templateEventMethodName", method).put("promise", 0);
        var array = rpc.putArray("templateEventMethodArgs");
        for (var arg : args) {
            array.add(arg);
        }
        return message(rpc);
    }

    /**
     * Applies one UIDL answer to the tree. Returns "ok", or a description of a protocol-level failure (expired
     * session, out-of-sync request, server error) which the simulation counts as an error.
     */
    String apply(String body) {
        try {
            var text = body.startsWith("for(;;);") ? body.substring(8) : body;
            var json = JSON.readTree(text);
            if (json.isArray()) {
                json = json.get(0);
            }
            return apply(json);
        } catch (Exception e) {
            return "UIDL answer not JSON: " + abbreviate(body);
        }
    }

    private String apply(JsonNode uidl) {
        var meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return fail("session expired");
        }
        if (meta.has("appError")) {
            return fail("application error: " + abbreviate(meta.path("appError").toString()));
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (var change : uidl.path("changes")) {
            applyChange(change);
        }
        return "ok";
    }

    private void applyChange(JsonNode change) {
        var id = change.path("node").asInt();
        var type = change.path("type").asText();
        switch (type) {
            case "attach" -> elements.computeIfAbsent(id, Element::new);
            case "detach" -> elements.remove(id);
            case "put" -> {
                var element = elements.computeIfAbsent(id, Element::new);
                var key = change.path("key").asText();
                var value = change.path("value");
                switch (change.path("feat").asInt()) {
                    case TAG -> {
                        if (key.equals("tag")) {
                            element.tag = value.asText();
                        }
                    }
                    case PROPERTIES -> element.properties.put(key, value);
                    case ATTRIBUTES -> element.attributes.put(key, value.asText());
                    case LISTENERS -> element.listeners.put(key, value.asText());
                    case TEXT -> element.text = value.asText();
                    default -> { }
                }
            }
            case "remove" -> {
                var element = elements.get(id);
                if (element != null) {
                    var key = change.path("key").asText();
                    switch (change.path("feat").asInt()) {
                        case PROPERTIES -> element.properties.remove(key);
                        case ATTRIBUTES -> element.attributes.remove(key);
                        case LISTENERS -> element.listeners.remove(key);
                        default -> { }
                    }
                }
            }
            case "splice" -> {
                if (change.path("feat").asInt() != CHILDREN) {
                    return;
                }
                var children = elements.computeIfAbsent(id, Element::new).children;
                var index = Math.min(change.path("index").asInt(), children.size());
                var remove = Math.min(change.path("remove").asInt(0), children.size() - index);
                for (var i = 0; i < remove; i++) {
                    children.remove(index);
                }
                var added = new ArrayList<Integer>();
                change.path("addNodes").forEach(n -> added.add(n.asInt()));
                children.addAll(index, added);
            }
            case "clear" -> {
                if (change.path("feat").asInt() == CHILDREN && elements.containsKey(id)) {
                    elements.get(id).children.clear();
                }
            }
            default -> { }
        }
    }

    /** The first element with this {@code id} attribute. */
    Optional<Element> byId(String id) {
        return find(e -> id.equals(e.attributes.get("id")));
    }

    Optional<Element> find(Predicate<Element> test) {
        return elements.values().stream().filter(test).min((a, b) -> Integer.compare(a.id, b.id));
    }

    List<Element> all(Predicate<Element> test) {
        return elements.values().stream().filter(test).sorted((a, b) -> Integer.compare(a.id, b.id)).toList();
    }

    /** The router links (and plain application links) on the page whose address starts with the prefix. */
    List<String> links(String prefix) {
        return elements.values().stream().filter(e -> e.tag.equals("a")).map(e -> e.attribute("href"))
                .filter(href -> href.startsWith(prefix)).distinct().sorted().toList();
    }

    /** The text of an element and its descendants, as the browser would show it. */
    String text(Element element) {
        var out = new StringBuilder();
        text(element, out, 0);
        return out.toString().strip();
    }

    private void text(Element element, StringBuilder out, int depth) {
        if (element.text != null) {
            out.append(element.text);
        }
        if (depth > 40) {
            return;
        }
        for (var child : element.children) {
            var next = elements.get(child);
            if (next != null) {
                text(next, out, depth + 1);
            }
        }
    }

    String lastError() {
        return lastError;
    }

    private String fail(String what) {
        lastError = what;
        return what;
    }

    private ObjectNode event(int node, String event, ObjectNode data) {
        var rpc = NODES.objectNode().put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    /** Default values for what the listener's constant asks the client to send (mouse position, modifier keys). */
    private ObjectNode eventData(int node, String event) {
        var data = NODES.objectNode();
        var element = elements.get(node);
        var hash = element == null ? null : element.listeners.get(event);
        var spec = hash == null ? null : constants.get(hash);
        if (spec != null) {
            spec.properties().forEach(e -> {
                var key = e.getKey();
                if (!key.startsWith("event.") || key.contains("(")) {
                    return;
                }
                if (NUMERIC_EVENT_DATA.contains(key)) {
                    data.put(key, 0);
                } else if (key.endsWith("Key")) {
                    data.put(key, false);
                }
            });
        }
        return data;
    }

    private String message(ObjectNode... rpcs) {
        var body = NODES.objectNode().put("csrfToken", csrfToken);
        ArrayNode array = body.putArray("rpc");
        for (var rpc : rpcs) {
            array.add(rpc);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        return body.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
