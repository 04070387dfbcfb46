package dev.partnerportal.relationship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The arithmetic of cadence and breadth, kept free of storage so it can be checked by hand. */
final class RelationshipRules {

    /** Cadence and breadth look back this far. */
    static final int WINDOW_DAYS = 90;
    /** Share of the cadence score earned by holding the agreed touchpoints; the rest by talking strategy. */
    static final int HELD_WEIGHT = 80;
    static final int STRATEGY_WEIGHT = 100 - HELD_WEIGHT;
    /** Share of the breadth score earned by departments covered; the rest by people engaged. */
    static final int DEPARTMENT_WEIGHT = 60;
    static final int PEOPLE_WEIGHT = 100 - DEPARTMENT_WEIGHT;
    /** From this many people engaged on both sides, breadth counts people as fully engaged. */
    static final int PEOPLE_FOR_FULL_BREADTH = 10;

    private RelationshipRules() {
    }

    /**
     * The next touchpoint of an agreed kind is due one interval after the later of the last one held and the
     * day the rhythm was agreed; it is overdue from the day after.
     */
    static CadenceStatus status(CadenceEntry entry, LocalDate agreedOn, @Nullable LocalDate lastHeld, LocalDate today) {
        var from = lastHeld == null || lastHeld.isBefore(agreedOn) ? agreedOn : lastHeld;
        var due = from.plusWeeks(entry.everyWeeks());
        return new CadenceStatus(entry, lastHeld, due, today.isAfter(due));
    }

    /**
     * How many touchpoints of an agreed kind were due in the window (only the part since the agreement counts);
     * a rhythm longer than the window (a 13-week review) expects one once a whole interval has passed.
     */
    static int expected(CadenceEntry entry, LocalDate agreedOn, LocalDate today) {
        long since = Math.max(0, ChronoUnit.DAYS.between(agreedOn, today));
        long interval = 7L * entry.everyWeeks();
        long inWindow = Math.min(WINDOW_DAYS, since) / interval;
        return (int) (inWindow == 0 && since >= interval ? 1 : inWindow);
    }

    /** Held against expected (capped, so extra calls do not hide a missing review), plus strategy. */
    static int cadenceScore(int held, int expected, boolean strategyTalked) {
        double kept = expected == 0 ? 1.0 : Math.min(held, expected) / (double) expected;
        return (int) Math.round(HELD_WEIGHT * kept) + (strategyTalked ? STRATEGY_WEIGHT : 0);
    }

    static int breadthScore(Breadth breadth) {
        double departments = breadth.departmentsCovered().size() / (double) Breadth.DEPARTMENTS;
        double people = Math.min(breadth.peopleEngaged(), PEOPLE_FOR_FULL_BREADTH) / (double) PEOPLE_FOR_FULL_BREADTH;
        return (int) Math.round(DEPARTMENT_WEIGHT * departments + PEOPLE_WEIGHT * people);
    }
}
