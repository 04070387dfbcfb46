package dev.partnerportal.relationship;

import java.util.Set;

/**
 * How wide a relationship is: the partner departments with a named contact (of {@link #DEPARTMENTS}), the
 * partner contacts who attended a touchpoint in the last {@link #ENGAGED_DAYS} days, and the vendor people named.
 */
public record Breadth(Set<Department> departmentsCovered, int partnerPeopleEngaged, int vendorPeople) {

    public static final int DEPARTMENTS = Department.values().length;
    public static final int ENGAGED_DAYS = 90;

    public Breadth {
        departmentsCovered = Set.copyOf(departmentsCovered);
    }

    public int peopleEngaged() {
        return partnerPeopleEngaged + vendorPeople;
    }
}
