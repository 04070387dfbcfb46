package dev.partnerportal.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.partnerportal.content.ContentLibrary;
import dev.partnerportal.content.Taxonomy;
import dev.partnerportal.partner.OrganizationProfile;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.partner.PartnerDirectory;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.EmailAddresses;
import dev.partnerportal.shared.Role;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.ui.i18n.LocaleFormats;
import dev.partnerportal.ui.layout.Notices;
import dev.partnerportal.ui.upload.BoundedUpload;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The partner administrator's page about their organization: contact, industries, products and logo for co-branding. */
@Route("organization")
@Menu(order = 40, title = "nav.organization")
@RolesAllowed(Role.Names.PARTNER_ADMIN)
public class OrganizationProfileView extends Div implements HasDynamicTitle {

    private final Div logoArea = new Div();

    OrganizationProfileView(OrganizationProfiles profiles, PartnerDirectory directory, ContentLibrary library) {
        addClassName("portal-page");
        setId("organization-profile");
        var organization = directory.mine().organizationId();
        var profile = profiles.profile(organization).orElseThrow();

        var contactName = new TextField(getTranslation("profile.contactName"), nullToEmpty(profile.contactName()), "");
        contactName.setMaxLength(OrganizationProfile.CONTACT_NAME_MAX_LENGTH);
        var contactEmail = new EmailField(getTranslation("profile.contactEmail"));
        contactEmail.setValue(nullToEmpty(profile.contactEmail()));
        contactEmail.setMaxLength(EmailAddresses.MAX_LENGTH);
        var phone = new TextField(getTranslation("profile.phone"), nullToEmpty(profile.contactPhone()), "");
        phone.setMaxLength(OrganizationProfile.PHONE_MAX_LENGTH);
        var website = new TextField(getTranslation("profile.website"), nullToEmpty(profile.website()), "https://");
        website.setMaxLength(OrganizationProfile.WEBSITE_MAX_LENGTH);
        // Chosen from the industry taxonomy, so that content addressed to an industry reaches this organization;
        // an industry saved before that stays listed until it is removed.
        var industries = new MultiSelectComboBox<String>(getTranslation("profile.industries"));
        var choices = new LinkedHashSet<>(library.terms(Taxonomy.INDUSTRY));
        choices.addAll(profile.industries());
        industries.setItems(LocaleFormats.sortedByName(choices, term -> term, getLocale()));
        industries.setValue(new LinkedHashSet<>(profile.industries()));
        industries.setHelperText(getTranslation("profile.industriesHelp"));
        industries.setId("profile-industries");
        // Likewise from the product taxonomy: news tagged with a product reaches the organizations selling it.
        var products = new MultiSelectComboBox<String>(getTranslation("profile.products"));
        var productChoices = new LinkedHashSet<>(library.terms(Taxonomy.PRODUCT));
        productChoices.addAll(profile.products());
        products.setItems(LocaleFormats.sortedByName(productChoices, term -> term, getLocale()));
        products.setValue(new LinkedHashSet<>(profile.products()));
        products.setHelperText(getTranslation("profile.productsHelp"));
        products.setId("profile-products");
        // The Binder catches what a person most often gets wrong next to the field; the record's own checks
        // (one line, lengths, commas) still decide, and their refusal is shown below the form.
        var binder = new Binder<ProfileDraft>();
        binder.forField(contactEmail).withValidator(new EmailValidator(getTranslation("apply.emailInvalid"), true))
                .bind(ProfileDraft::email, ProfileDraft::email);
        binder.forField(website).withValidator(new RegexpValidator(getTranslation("apply.websiteInvalid"), "^$|^https?://\\S+$"))
                .bind(ProfileDraft::website, ProfileDraft::website);
        binder.forField(industries).withValidator(value -> value.size() <= OrganizationProfile.MAX_INDUSTRIES,
                        getTranslation("error.partner.too-many-industries", OrganizationProfile.MAX_INDUSTRIES))
                .bind(ProfileDraft::industries, ProfileDraft::industries);
        binder.forField(products).withValidator(value -> value.size() <= OrganizationProfile.MAX_PRODUCTS,
                        getTranslation("error.partner.too-many-products", OrganizationProfile.MAX_PRODUCTS))
                .bind(ProfileDraft::products, ProfileDraft::products);
        var error = new Paragraph();
        error.addClassName("portal-form-error");
        var save = new Button(getTranslation("profile.save"), click -> {
            if (!binder.writeBeanIfValid(new ProfileDraft())) {
                error.setText(getTranslation("profile.invalid"));
                return;
            }
            try {
                profiles.updateMine(new OrganizationProfile(contactName.getValue(), contactEmail.getValue(), phone.getValue(),
                        website.getValue(), LocaleFormats.sortedByName(industries.getValue(), term -> term, getLocale()),
                        LocaleFormats.sortedByName(products.getValue(), term -> term, getLocale())));
                error.setText("");
                Notices.success(getTranslation("profile.saved"));
            } catch (RuleViolation refused) {
                error.setText(Notices.message(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");

        // The logo limit holds on the server: a larger body is refused while it arrives, before the service sees it.
        var refusal = getTranslation("upload.tooLarge", BoundedUpload.describe(OrganizationProfiles.LOGO_MAX_BYTES));
        var upload = new Upload(new BoundedUpload(OrganizationProfiles.LOGO_MAX_BYTES, refusal,
                (metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    try {
                        profiles.replaceMyLogo(bytes);
                        showLogo(profiles, organization);
                    } catch (RuleViolation refused) {
                        Notices.refused(refused);
                    }
                })),
                () -> getUI().ifPresent(ui -> ui.access(() -> Notices.error(refusal)))));
        upload.setId("logo-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(OrganizationProfiles.LOGO_MAX_BYTES);
        upload.setMaxFiles(1);
        showLogo(profiles, organization);

        add(new H3(getTranslation("profile.contact")), new FormLayout(contactName, contactEmail, phone, website, industries,
                        products),
                error, save, new H3(getTranslation("profile.logo")), new Paragraph(getTranslation("profile.logoHelp")),
                logoArea, upload);
    }

    private void showLogo(OrganizationProfiles profiles, OrganizationId organization) {
        logoArea.removeAll();
        profiles.logo(organization).ifPresent(logo -> {
            var image = new Image(logo.image(), getTranslation("profile.logo"));
            image.addClassName("portal-logo-preview");
            logoArea.add(image);
        });
    }

    /** What the Binder checks before the record does; only the checked fields pass through it. */
    private static final class ProfileDraft {
        private String email = "";
        private String website = "";
        private Set<String> industries = Set.of();
        private Set<String> products = Set.of();

        String email() {
            return email;
        }

        void email(String value) {
            email = value;
        }

        String website() {
            return website;
        }

        void website(String value) {
            website = value;
        }

        Set<String> products() {
            return products;
        }

        void products(Set<String> value) {
            products = value;
        }

        Set<String> industries() {
            return industries;
        }

        void industries(Set<String> value) {
            industries = value;
        }
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.pageTitle");
    }
}
