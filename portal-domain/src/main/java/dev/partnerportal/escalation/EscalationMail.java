package dev.partnerportal.escalation;

import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.mail.Mailer;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.PortalLanguages;
import dev.partnerportal.shared.UserId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Tells the partner manager and the escalation contacts that an escalation was raised, through the outbox in
 * the raising transaction: the mail exists exactly when the escalation does.
 */
@Component
class EscalationMail {

    private final PartnerRegistry organizations;
    private final List<EscalationContacts> contacts;
    private final UserAccounts users;
    private final Mailer mailer;

    EscalationMail(PartnerRegistry organizations, List<EscalationContacts> contacts, UserAccounts users, Mailer mailer) {
        this.organizations = organizations;
        this.contacts = contacts;
        this.users = users;
        this.mailer = mailer;
    }

    /** The staff people an escalation of this organization reaches: its partner manager first, then the contacts. */
    List<UserId> recipients(OrganizationId organization) {
        return recipients(List.of(organization)).get(organization);
    }

    /** The same people for each of these organizations (an empty list for one nobody is reached for), read at once. */
    Map<OrganizationId, List<UserId>> recipients(Collection<OrganizationId> organizations) {
        if (organizations.isEmpty()) {
            return Map.of();
        }
        var managers = this.organizations.partnerManagers(organizations);
        var contacted = contacts.stream().map(source -> source.contactsFor(organizations)).toList();
        var recipients = new HashMap<OrganizationId, List<UserId>>();
        for (var organization : organizations) {
            var ids = new LinkedHashSet<UserId>();
            Optional.ofNullable(managers.get(organization)).ifPresent(ids::add);
            contacted.forEach(found -> ids.addAll(found.getOrDefault(organization, List.of())));
            recipients.put(organization, List.copyOf(ids));
        }
        return recipients;
    }

    void raised(Escalation escalation, String organizationName, String raisedBy, BusinessHours hours) {
        for (var id : recipients(new OrganizationId(escalation.getOrganizationId()))) {
            users.find(id).filter(UserAccount::enabled).ifPresent(person -> {
                var locale = PortalLanguages.formatting(person.preferredLocale());
                var due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                        .withZone(hours.zone()).format(escalation.getRespondDue());
                mailer.queueTemplate(person.email(), locale, "escalationRaised", organizationName,
                        mailer.word("severity." + escalation.getSeverity().name(), locale), subjectLine(escalation.getTitle()), due + " (" + hours.zone().getId() + ")",
                        raisedBy, person.displayName(), String.valueOf(escalation.getId()), escalation.getTitle());
            });
        }
    }

    /** One short line: the subject also carries the organization's name and must fit the outbox's limit. */
    static String subjectLine(String title) {
        var line = title.replaceAll("\\p{Cntrl}", " ").strip();
        return line.length() > 60 ? line.substring(0, 59) + "\u2026" : line;
    }
}
