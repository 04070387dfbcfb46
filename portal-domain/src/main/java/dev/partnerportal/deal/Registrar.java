package dev.partnerportal.deal;

import dev.partnerportal.audit.AuditAction;
import dev.partnerportal.audit.AuditTrail;
import dev.partnerportal.identity.UserAccount;
import dev.partnerportal.identity.UserAccounts;
import dev.partnerportal.shared.CallerContext;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.shared.UserId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stores a new registration for an organization: validates everything first (a refused registration writes
 * nothing), then takes the intake lock, saves, and records the conflicts. Callers check who may register.
 */
@Component
class Registrar {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final DealRegistrations registrations;
    private final ConflictCheck conflictCheck;
    private final AuditTrail audit;
    private final CallerContext callers;
    private final UserAccounts users;
    private final Clock clock;

    Registrar(DealRegistrations registrations, ConflictCheck conflictCheck, AuditTrail audit, CallerContext callers,
              UserAccounts users, Clock clock) {
        this.registrations = registrations;
        this.conflictCheck = conflictCheck;
        this.audit = audit;
        this.callers = callers;
        this.users = users;
        this.clock = clock;
    }

    DealRegistration register(OrganizationId organization, @Nullable UserId by, NewDeal deal, @Nullable UUID lead,
                              @Nullable UUID fundRequest) {
        var company = deal.customerCompany() == null ? "" : deal.customerCompany().strip();
        if (company.isEmpty() || company.length() > NewDeal.COMPANY_MAX_LENGTH) {
            throw new RuleViolation(DealError.COMPANY_REQUIRED, NewDeal.COMPANY_MAX_LENGTH);
        }
        var domain = deal.customerDomain() == null || deal.customerDomain().length() > NewDeal.DOMAIN_MAX_LENGTH
                ? java.util.Optional.<String>empty() : CustomerIdentity.domain(deal.customerDomain());
        if (domain.isEmpty()) {
            throw new RuleViolation(DealError.DOMAIN_INVALID);
        }
        var country = deal.country() == null ? "" : deal.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw new RuleViolation(DealError.COUNTRY_INVALID);
        }
        var products = deal.products() == null ? "" : CustomerIdentity.products(deal.products());
        var tags = products.isEmpty() ? new String[0] : products.split(",");
        if (tags.length == 0 || tags.length > NewDeal.MAX_PRODUCTS
                || java.util.Arrays.stream(tags).anyMatch(t -> t.length() > NewDeal.PRODUCT_MAX_LENGTH)) {
            throw new RuleViolation(DealError.PRODUCTS_INVALID, NewDeal.MAX_PRODUCTS, NewDeal.PRODUCT_MAX_LENGTH);
        }
        var value = amount(deal.estimatedValue());
        var currency = currency(deal.currency());
        var today = LocalDate.now(clock);
        if (deal.expectedClose() == null || deal.expectedClose().isBefore(today)
                || deal.expectedClose().isAfter(today.plusYears(NewDeal.MAX_CLOSE_YEARS))) {
            throw new RuleViolation(DealError.CLOSE_DATE_INVALID, NewDeal.MAX_CLOSE_YEARS);
        }
        if (deal.stage() == null || deal.stage().closed()) {
            throw new RuleViolation(DealError.STAGE_INVALID);
        }
        var notes = notes(deal.notes());
        conflictCheck.lock();
        var registration = new DealRegistration(organization.value(), by == null ? null : by.value(), company,
                CustomerIdentity.nameKey(company), domain.get(), country, products, value, currency,
                deal.expectedClose(), deal.stage(), notes, clock.instant());
        if (lead != null) {
            registration.cameFrom(lead, fundRequest);
        }
        registration = registrations.saveAndFlush(registration);
        var found = conflictCheck.record(registration);
        var detail = "#" + registration.getId() + " " + company + " (" + domain.get() + ") " + value.toPlainString() + " "
                + currency + (found.isEmpty() ? "" : ", " + found.size() + " conflict(s)") + (lead == null ? "" : ", from lead " + lead);
        if (callers.current().isPresent()) {
            audit.recordChange(AuditAction.DEAL_REGISTERED, organization, detail);
        } else {
            // A lead accepted outside a request (a job, a listener): the entry names the person who accepted it.
            audit.record(AuditAction.DEAL_REGISTERED, by == null ? null : users.find(by).map(UserAccount::email).orElse(null),
                    organization, detail, null);
        }
        return registration;
    }

    /** A positive amount with at most two decimals, below {@link NewDeal#MAX_AMOUNT}. */
    static BigDecimal amount(@Nullable BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.compareTo(NewDeal.MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(DealError.AMOUNT_INVALID);
        }
        return amount.setScale(2);
    }

    static String currency(@Nullable String code) {
        var text = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        try {
            if (text.length() == 3) {
                return Currency.getInstance(text).getCurrencyCode();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new RuleViolation(DealError.CURRENCY_INVALID);
    }

    static @Nullable String notes(@Nullable String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        if (notes.strip().length() > NewDeal.NOTES_MAX_LENGTH) {
            throw new RuleViolation(DealError.NOTES_TOO_LONG, NewDeal.NOTES_MAX_LENGTH);
        }
        return notes.strip();
    }

    static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > NewDeal.REASON_MAX_LENGTH) {
            throw new RuleViolation(DealError.REASON_REQUIRED, NewDeal.REASON_MAX_LENGTH);
        }
        return reason.strip();
    }
}
