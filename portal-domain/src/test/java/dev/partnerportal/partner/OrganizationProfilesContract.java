package dev.partnerportal.partner;

import static dev.partnerportal.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.testsupport.SignIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Profiles and logos: the own organization's only, checked by content; on H2 and PostgreSQL. */
abstract class OrganizationProfilesContract {

    @Autowired
    OrganizationProfiles profiles;
    @Autowired
    PartnerOrganizations organizations;
    @Autowired
    PortalAuthenticationProvider provider;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aPartnerAdministratorKeepsTheirOwnProfileUpToDate() {
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().id();
        SignIn.as(provider, "alice@northwind.test");

        profiles.updateMine(new OrganizationProfile(" Alice Northwind ", "Sales@Northwind.test", "+44 20 7946 0000",
                "https://northwind.test", List.of("Retail", " Hospitality ", "Retail", ""),
                List.of(" Commerce Suite", "Field Service", "Commerce Suite ")));

        assertThat(profiles.profile(northwind)).hasValue(new OrganizationProfile("Alice Northwind", "sales@northwind.test",
                "+44 20 7946 0000", "https://northwind.test", List.of("Retail", "Hospitality"),
                List.of("Commerce Suite", "Field Service")));

        profiles.updateMine(new OrganizationProfile(null, null, null, null, List.of("Retail")));
        assertThat(profiles.profile(northwind)).hasValueSatisfying(profile -> {
            assertThat(profile.industries()).containsExactly("Retail");
            assertThat(profile.products()).isEmpty();
        });
    }

    @Test
    void badProfileInputIsRefusedBeforeAnythingChanges() {
        assertThatThrownBy(() -> new OrganizationProfile(null, null, null, "javascript:alert(1)", List.of()))
                .is(refusal("partner.website-invalid"));
        assertThatThrownBy(() -> new OrganizationProfile("Line\nbreak", null, null, null, List.of()))
                .is(refusal("partner.contact-name-too-long"));
        assertThatThrownBy(() -> new OrganizationProfile(null, null, "call me", null, List.of()))
                .is(refusal("partner.phone-invalid"));
        assertThatThrownBy(() -> new OrganizationProfile(null, null, null, null, List.of(), List.of("Commerce, Suite")))
                .is(refusal("partner.product-invalid"));
        var tooMany = java.util.stream.IntStream.rangeClosed(0, OrganizationProfile.MAX_PRODUCTS)
                .mapToObj(i -> "Product " + i).toList();
        assertThatThrownBy(() -> new OrganizationProfile(null, null, null, null, List.of(), tooMany))
                .is(refusal("partner.too-many-products"));
    }

    @Test
    void nobodyReadsOrEditsAnotherOrganizationsProfileOrLogo() {
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().id();
        SignIn.as(provider, "carol@contoso.test");
        profiles.replaceMyLogo(png(40, 20));
        SignIn.as(provider, "alice@northwind.test");

        assertThat(profiles.profile(contoso)).isEmpty();
        assertThat(profiles.logo(contoso)).isEmpty();
        SignIn.as(provider, "bob@northwind.test");
        assertThatThrownBy(() -> profiles.updateMine(new OrganizationProfile(null, null, null, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(provider, "manager@vendor.test");
        assertThat(profiles.logo(contoso)).hasValueSatisfying(logo -> assertThat(logo.mediaType()).isEqualTo("image/png"));
    }

    @Test
    void logosAreCheckedByContentNotByName() {
        var northwind = organizations.findByName("Northwind Traders").orElseThrow().id();
        SignIn.as(provider, "alice@northwind.test");
        var real = png(64, 64);
        profiles.replaceMyLogo(real);

        var executable = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0}, 512);
        var fakePng = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 512);
        var huge = new byte[OrganizationProfiles.LOGO_MAX_BYTES + 1];
        System.arraycopy(real, 0, huge, 0, real.length);
        for (var bad : List.of(executable, fakePng, huge, new byte[0])) {
            assertThatThrownBy(() -> profiles.replaceMyLogo(bad)).is(refusal("partner.logo-invalid"));
        }

        assertThat(profiles.logo(northwind)).hasValueSatisfying(logo -> assertThat(logo.image()).isEqualTo(real));
    }

    static byte[] png(int width, int height) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
