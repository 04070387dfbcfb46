package dev.partnerportal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerportal.ContentTestApplication;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.shared.RuleViolation;
import dev.partnerportal.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = ContentTestApplication.class)
class TaxonomiesTest {

    @Autowired
    Taxonomies taxonomies;
    @Autowired
    PortalAuthenticationProvider provider;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void editorsAddAndRemoveUnusedTermsButNotOnesInUse() {
        SignIn.as(provider, "editor@vendor.test");

        taxonomies.add(Taxonomy.INDUSTRY, "  Space exploration ");
        assertThat(taxonomies.list(Taxonomy.INDUSTRY)).contains(new Taxonomies.TermUsage("Space exploration", 0));
        assertThatThrownBy(() -> taxonomies.add(Taxonomy.INDUSTRY, "space EXPLORATION"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.TERM_EXISTS));
        assertThatThrownBy(() -> taxonomies.add(Taxonomy.INDUSTRY, "a|b"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.TERM_INVALID));
        assertThat(taxonomies.remove(Taxonomy.INDUSTRY, "Space exploration")).isTrue();
        assertThat(taxonomies.remove(Taxonomy.INDUSTRY, "Space exploration")).isFalse();

        var used = taxonomies.list(Taxonomy.INDUSTRY).stream().filter(t -> t.items() > 0).findFirst().orElseThrow();
        assertThatThrownBy(() -> taxonomies.remove(Taxonomy.INDUSTRY, used.term()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.error()).isEqualTo(ContentError.TERM_IN_USE));
        assertThat(taxonomies.list(Taxonomy.INDUSTRY)).contains(used);
    }

    @Test
    void partnersAndManagersDoNotManageTaxonomies() {
        for (var who : new String[] {"alice@northwind.test", "manager@vendor.test"}) {
            SignIn.as(provider, who);
            assertThatThrownBy(() -> taxonomies.add(Taxonomy.PRODUCT, "Nope")).isInstanceOf(AccessDeniedException.class);
        }
    }
}
