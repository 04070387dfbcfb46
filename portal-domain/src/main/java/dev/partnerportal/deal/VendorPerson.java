package dev.partnerportal.deal;

import dev.partnerportal.shared.UserId;

/** A vendor staff person a co-selling request can be assigned to. */
public record VendorPerson(UserId id, String name) {
}
