package dev.partnerportal.lead;

import dev.partnerportal.mdf.FundRequestRegistry;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.ErrorCode;
import dev.partnerportal.shared.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks and tidies a lead: the same rules for the form, the API and every CSV row, so that an import report
 * names exactly what a single entry would be refused for.
 */
@Component
class LeadRules {

    private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,120}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final PartnerRegistry organizations;
    private final FundRequestRegistry fundRequests;

    LeadRules(PartnerRegistry organizations, FundRequestRegistry fundRequests) {
        this.organizations = organizations;
        this.fundRequests = fundRequests;
    }

    /** A checked lead: the tidied lead when {@code problems} is empty. */
    record Checked(NewLead lead, List<LeadProblem> problems) {
    }

    Checked check(NewLead lead, int line) {
        var problems = new ArrayList<LeadProblem>();
        var company = text(lead.company());
        if (company == null || company.length() > NewLead.COMPANY_MAX_LENGTH) {
            problems.add(problem(line, "company", LeadError.COMPANY_REQUIRED, NewLead.COMPANY_MAX_LENGTH));
        }
        var domain = domain(lead.domain());
        // Required: an accepted lead becomes a deal registration, which knows its customer by the web domain.
        if (domain == null || !DOMAIN.matcher(domain).matches()) {
            problems.add(problem(line, "domain", LeadError.DOMAIN_INVALID));
        }
        var country = text(lead.country()) == null ? "" : lead.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            problems.add(problem(line, "country", LeadError.COUNTRY_INVALID));
        }
        var region = text(lead.region());
        if (region != null && region.length() > NewLead.REGION_MAX_LENGTH) {
            problems.add(problem(line, "region", LeadError.TEXT_TOO_LONG, NewLead.REGION_MAX_LENGTH));
        }
        var industry = text(lead.industry());
        if (industry != null && industry.length() > NewLead.INDUSTRY_MAX_LENGTH) {
            problems.add(problem(line, "industry", LeadError.TEXT_TOO_LONG, NewLead.INDUSTRY_MAX_LENGTH));
        }
        var tier = text(lead.minimumTier()) == null ? null : lead.minimumTier().strip().toUpperCase(Locale.ROOT);
        if (tier != null && organizations.tier(tier).isEmpty()) {
            problems.add(problem(line, "minimumTier", LeadError.TIER_UNKNOWN, tier));
        }
        var type = text(lead.partnerType()) == null ? null : lead.partnerType().strip().toUpperCase(Locale.ROOT);
        if (type != null && Arrays.stream(PartnerType.values()).noneMatch(t -> t.name().equals(type))) {
            problems.add(problem(line, "partnerType", LeadError.PARTNER_TYPE_UNKNOWN, type));
        }
        var contact = text(lead.contactName());
        if (contact == null || contact.length() > NewLead.CONTACT_NAME_MAX_LENGTH) {
            problems.add(problem(line, "contactName", LeadError.CONTACT_REQUIRED, NewLead.CONTACT_NAME_MAX_LENGTH));
        }
        String email = null;
        try {
            email = EmailAddresses.normalize(lead.contactEmail() == null ? "" : lead.contactEmail());
        } catch (RuleViolation e) {
            problems.add(problem(line, "contactEmail", LeadError.EMAIL_INVALID));
        }
        var phone = text(lead.contactPhone());
        if (phone != null && phone.length() > NewLead.PHONE_MAX_LENGTH) {
            problems.add(problem(line, "contactPhone", LeadError.TEXT_TOO_LONG, NewLead.PHONE_MAX_LENGTH));
        }
        var products = new LinkedHashSet<String>();
        for (var product : lead.products()) {
            var name = text(product);
            if (name != null) {
                products.add(name);
            }
        }
        if (products.isEmpty() || products.size() > NewLead.PRODUCTS_MAX
                || products.stream().anyMatch(p -> p.contains(","))
                || String.join(",", products).length() > NewLead.PRODUCTS_MAX_LENGTH) {
            problems.add(problem(line, "products", LeadError.PRODUCTS_REQUIRED, NewLead.PRODUCTS_MAX));
        }
        var value = lead.estimatedValue();
        if (value == null || value.signum() < 0 || value.compareTo(NewLead.VALUE_MAX) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(problem(line, "estimatedValue", LeadError.VALUE_INVALID, NewLead.VALUE_MAX.toPlainString()));
        }
        var currency = currency(lead.currency());
        if (currency == null) {
            problems.add(problem(line, "currency", LeadError.CURRENCY_INVALID));
        }
        var notes = text(lead.notes());
        if (notes != null && notes.length() > NewLead.NOTES_MAX_LENGTH) {
            problems.add(problem(line, "notes", LeadError.NOTES_TOO_LONG, NewLead.NOTES_MAX_LENGTH));
        }
        if (lead.fundRequestId() != null && fundRequests.organizationOf(lead.fundRequestId()).isEmpty()) {
            problems.add(problem(line, "fundRequestId", LeadError.FUND_REQUEST_UNKNOWN));
        }
        if (!problems.isEmpty()) {
            return new Checked(lead, List.copyOf(problems));
        }
        return new Checked(new NewLead(company, domain, country, region, industry, tier, type, contact, email, phone,
                products, value.setScale(2, RoundingMode.UNNECESSARY), currency, notes, lead.fundRequestId()), List.of());
    }

    /** The tidied lead, or a refusal naming its first problem. */
    NewLead require(NewLead lead) {
        var checked = check(lead, 0);
        if (!checked.problems().isEmpty()) {
            var first = checked.problems().getFirst();
            throw new RuleViolation(first.error(), first.arguments().toArray());
        }
        return checked.lead();
    }

    private static @Nullable String domain(@Nullable String domain) {
        var text = text(domain);
        if (text == null) {
            return null;
        }
        var lower = text.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static @Nullable String currency(@Nullable String currency) {
        var code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        try {
            return code.length() == 3 ? Currency.getInstance(code).getCurrencyCode() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LeadProblem problem(int line, String field, ErrorCode error, @Nullable Object... arguments) {
        return new LeadProblem(line, field, error, Arrays.asList(arguments));
    }

}
