package dev.partnerportal.partner;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.shared.Caller;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.UserId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether channel managers see every partner organization or only their own. The property
 * {@code portal.partners.manager-visibility} ({@code all}, the default, or {@code own}) sets the starting
 * value; administrators change it at run time. Every service that lists or reads organizations for staff
 * asks here, so that a view or API cannot forget it.
 */
@Service
public class PartnerVisibility {

    static final String SETTING = "partners.manager-visibility";

    private final PortalSettings settings;
    private final PartnerOrganizations organizations;
    private final CallerContext callers;
    private final AuditTrail audit;
    private final Clock clock;
    private final ManagerVisibility configured;

    PartnerVisibility(PortalSettings settings, PartnerOrganizations organizations, CallerContext callers,
                      AuditTrail audit, Clock clock,
                      @Value("${portal.partners.manager-visibility:all}") String configured) {
        this.settings = settings;
        this.organizations = organizations;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
        this.configured = ManagerVisibility.parse(configured);
    }

    /** The visibility in force now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ManagerVisibility current() {
        return settings.findById(SETTING).map(setting -> ManagerVisibility.parse(setting.value())).orElse(configured);
    }

    /** Changes the visibility for every channel manager from their next request on; audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void change(ManagerVisibility visibility) {
        var caller = callers.require();
        var previous = current();
        var now = clock.instant();
        settings.findById(SETTING).ifPresentOrElse(
                setting -> setting.change(visibility.name(), now, caller.username()),
                () -> settings.save(new PortalSetting(SETTING, visibility.name(), now, caller.username())));
        audit.record(AuditAction.PARTNER_VISIBILITY_CHANGED, caller.username(), null,
                previous + " to " + visibility, null);
    }

    /**
     * The partner manager whose organizations {@code caller} is limited to: themselves for a channel manager
     * while visibility is {@link ManagerVisibility#OWN}, otherwise empty (no limit from this setting).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserId> limitedTo(Caller caller) {
        return caller.role() == Role.CHANNEL_MANAGER && current() == ManagerVisibility.OWN
                ? Optional.of(caller.userId()) : Optional.empty();
    }

    /**
     * Those of {@code organizations} this setting does not hide from {@code caller}, read at once (a list of
     * partners costs the same as one); other rules are the calling service's, as for {@link #allows}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<OrganizationId> allowed(Caller caller, java.util.Collection<OrganizationId> organizations) {
        var manager = limitedTo(caller);
        if (manager.isEmpty()) {
            return java.util.Set.copyOf(organizations);
        }
        var ids = organizations.stream().map(OrganizationId::value).toList();
        return this.organizations.findAllById(ids).stream()
                .filter(org -> org.getPartnerManager().filter(manager.get()::equals).isPresent())
                .map(PartnerOrganization::id).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * False only when this setting hides {@code organization} from {@code caller}; other rules (partners see
     * their own organization only) are the calling service's.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean allows(Caller caller, OrganizationId organization) {
        return limitedTo(caller)
                .map(manager -> organizations.findById(organization.value())
                        .flatMap(PartnerOrganization::getPartnerManager)
                        .filter(manager::equals)
                        .isPresent())
                .orElse(true);
    }
}
