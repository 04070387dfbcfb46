package dev.partnerportal.shared;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module listener for tests of the retry machinery: it fails the first time it hears of an event, then
 * takes effect. Lives in the domain's test classes only.
 */
@Component
class FlakyReaction {

    /** Something that happened, for this listener alone. */
    record Happened(String key) {
    }

    private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, AtomicInteger> effects = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(Happened event) {
        if (failedOnce.add(event.key())) {
            throw new IllegalStateException("First attempt for " + event.key() + " fails on purpose.");
        }
        effects.computeIfAbsent(event.key(), key -> new AtomicInteger()).incrementAndGet();
    }

    /** How often the reaction to {@code key} took effect. */
    int effects(String key) {
        var count = effects.get(key);
        return count == null ? 0 : count.get();
    }
}
