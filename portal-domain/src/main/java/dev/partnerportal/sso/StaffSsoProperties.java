package dev.partnerportal.sso;

import dev.partnerportal.shared.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff providers' claims become staff roles ({@code portal.sso.staff.*}). A person whose claim holds a value
 * listed under more than one role gets the most powerful of them; one with none is refused.
 *
 * <p>Without configuration the groups {@code portal-administrators}, {@code portal-content-editors} and
 * {@code portal-channel-managers} map to the three roles.
 *
 * @param roleClaim       the claim holding groups or roles, a list or one string ({@code groups}, {@code roles})
 * @param administrator   claim values that make an administrator
 * @param contentEditor   claim values that make a content editor
 * @param channelManager  claim values that make a channel manager
 */
@ConfigurationProperties("portal.sso.staff")
record StaffSsoProperties(@DefaultValue("groups") String roleClaim,
                          @DefaultValue("portal-administrators") List<String> administrator,
                          @DefaultValue("portal-content-editors") List<String> contentEditor,
                          @DefaultValue("portal-channel-managers") List<String> channelManager) {

    /** Claim values per role, most powerful first. */
    Map<Role, Set<String>> mapping() {
        var mapping = new EnumMap<Role, Set<String>>(Role.class);
        mapping.put(Role.ADMIN, Set.copyOf(administrator));
        mapping.put(Role.CHANNEL_MANAGER, Set.copyOf(channelManager));
        mapping.put(Role.CONTENT_EDITOR, Set.copyOf(contentEditor));
        return mapping;
    }
}
