package dev.partnerportal.deal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerIdentityTest {

    @Test
    void theRegistrableDomainDropsSchemeWwwSubdomainsPathAndCase() {
        assertThat(CustomerIdentity.domain("https://www.Shop.Example.com/about?x=1")).contains("example.com");
        assertThat(CustomerIdentity.domain("WWW.example.co.uk")).contains("example.co.uk");
        assertThat(CustomerIdentity.domain("sales.example.com.vn:8443")).contains("example.com.vn");
        assertThat(CustomerIdentity.domain("info@example.hu")).contains("example.hu");
        assertThat(CustomerIdentity.domain("bücher.de")).contains("xn--bcher-kva.de");
        assertThat(CustomerIdentity.domain("not a domain")).isEmpty();
        assertThat(CustomerIdentity.domain("localhost")).isEmpty();
        assertThat(CustomerIdentity.domain("co.uk")).isEmpty();
    }

    @Test
    void theNameKeyDropsLegalFormsAccentsCaseAndPunctuation() {
        assertThat(CustomerIdentity.nameKey("Müller Maschinenbau GmbH")).isEqualTo("muller maschinenbau");
        assertThat(CustomerIdentity.nameKey("ACME Co., Ltd.")).isEqualTo("acme");
        assertThat(CustomerIdentity.nameKey("Công ty TNHH Đông Á")).isEqualTo("dong a");
        assertThat(CustomerIdentity.nameKey("Globex Kft.")).isEqualTo(CustomerIdentity.nameKey("GLOBEX, Inc"));
        assertThat(CustomerIdentity.nameKey("Ltd")).isEqualTo("ltd");
    }

    @Test
    void closeMatchesAllowAFewEditsOnLongerNamesAndOneDifferentWordOfThree() {
        assertThat(CustomerIdentity.closeMatch("initech", "initec")).isTrue();
        assertThat(CustomerIdentity.closeMatch("blue ocean logistics", "blue ocean logistic")).isTrue();
        assertThat(CustomerIdentity.closeMatch("blue ocean logistics", "blue ocean logistics vietnam")).isTrue();
        assertThat(CustomerIdentity.closeMatch("acme", "acne")).as("short names must be equal").isFalse();
        assertThat(CustomerIdentity.closeMatch("contoso", "fabrikam")).isFalse();
        assertThat(CustomerIdentity.closeMatch("blue ocean logistics", "red ocean shipping")).isFalse();
    }
}
