package dev.partnerportal.relationship;

import dev.partnerportal.shared.UserId;
import org.jspecify.annotations.Nullable;

/** Someone with a portal account on a partner's team, and how to reach them. */
public record Person(UserId id, String name, String email, @Nullable String phone) {
}
