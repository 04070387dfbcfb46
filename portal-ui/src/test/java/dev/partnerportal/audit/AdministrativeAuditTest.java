package dev.partnerportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerportal.certification.CertificationFilter;
import dev.partnerportal.certification.Certifications;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.mail.MailFixtures;
import dev.partnerportal.mail.Outbox;
import dev.partnerportal.onboarding.OnboardingJourneys;
import dev.partnerportal.partner.OrganizationProfiles;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.content.ContentAttachments;
import dev.partnerportal.content.ContentBundles;
import dev.partnerportal.content.ContentDocument;
import dev.partnerportal.content.ContentDraft;
import dev.partnerportal.content.ContentEditing;
import dev.partnerportal.content.ContentSummary;
import dev.partnerportal.content.ContentType;
import dev.partnerportal.content.Taxonomies;
import dev.partnerportal.content.Taxonomy;
import dev.partnerportal.shared.OrganizationId;
import dev.partnerportal.shared.Role;
import dev.partnerportal.support.PortalWebTest;
import dev.partnerportal.survey.AudienceKind;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.survey.WaveDraft;
import dev.partnerportal.survey.WaveId;
import dev.partnerportal.tier.Tiers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every administrative action of issue 11's list leaves exactly one audit entry, naming who did it, for which
 * organization (when the action concerns one) and what.
 */
@PortalWebTest
class AdministrativeAuditTest {

    private static final String ADMIN = "admin@vendor.test";
    private static final String EDITOR = "editor@vendor.test";
    private static final String MANAGER = "manager@vendor.test";
    private static final String CONTOSO_ADMIN = "carol@contoso.test";

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    AuditEntries entries;
    @Autowired
    ContentEditing editing;
    @Autowired
    ContentAttachments attachments;
    @Autowired
    ContentBundles bundles;
    @Autowired
    Taxonomies taxonomies;
    @Autowired
    Tiers tiers;
    @Autowired
    SurveyDesigner designer;
    @Autowired
    SurveyResults results;
    @Autowired
    Certifications certifications;
    @Autowired
    OrganizationProfiles profiles;
    @Autowired
    OnboardingJourneys journeys;
    @Autowired
    Outbox outbox;
    @Autowired
    Invitations invitations;
    @Autowired
    MailFixtures mail;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private static final Map<String, Authentication> SIGNED_IN = new ConcurrentHashMap<>();

    private Runnable cleanUp = () -> { };

    /** What one case does: prepared by {@link #scenario}, then {@code act} runs as {@code actor}. */
    private record Scenario(String actor, @Nullable OrganizationId organization, Runnable act) {
    }

    @AfterEach
    void cleanUpAndSignOut() {
        cleanUp.run();
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AuditAction.class, names = {
            "CONTENT_CREATED", "CONTENT_SUBMITTED", "CONTENT_APPROVED", "CONTENT_PUBLISHED", "CONTENT_ARCHIVED",
            "CONTENT_RESTORED", "ATTACHMENT_ADDED", "ATTACHMENT_REMOVED", "CONTENT_IMPORTED", "CONTENT_EXPORTED",
            "TAXONOMY_TERM_ADDED", "TAXONOMY_TERM_REMOVED", "TIER_OVERRIDDEN", "TIER_OVERRIDE_CLEARED",
            "TIER_REQUIREMENTS_CHANGED", "SURVEY_INVITATION_SENT", "SURVEY_RESPONSES_EXPORTED", "CERTIFICATIONS_EXPORTED",
            "ORGANIZATION_PROFILE_CHANGED", "ORGANIZATION_LOGO_CHANGED", "ONBOARDING_STEP_COMPLETED_BY_STAFF",
            "OUTBOX_VIEWED", "OUTBOX_LINK_REVEALED"})
    void eachAdministrativeActionLeavesExactlyOneEntry(AuditAction action) {
        var scenario = scenario(action);
        signInAs(scenario.actor());
        long lastBefore = lastEntryId();

        scenario.act().run();

        var added = entries.findAll(Sort.by("id")).stream().filter(e -> e.getId() > lastBefore).toList();
        assertThat(added).as("new audit entries").singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo(action.name());
            assertThat(entry.getActor()).isEqualTo(scenario.actor());
            assertThat(entry.getOrganizationId())
                    .isEqualTo(scenario.organization() == null ? null : scenario.organization().value());
            assertThat(entry.getOccurredAt()).isEqualTo(clock.instant());
        });
    }

    private Scenario scenario(AuditAction action) {
        var contoso = organizations.findByName("Contoso Ltd").orElseThrow().organizationId();
        return switch (action) {
            case CONTENT_CREATED -> new Scenario(EDITOR, null, () -> editing.create(draft()));
            case CONTENT_SUBMITTED -> {
                var item = asEditor(() -> editing.create(draft()));
                yield new Scenario(EDITOR, null, () -> editing.submit(item.id()));
            }
            case CONTENT_APPROVED -> {
                var item = asEditor(() -> editing.submit(editing.create(draft()).id()));
                yield new Scenario(MANAGER, null, () -> editing.approve(item.id()));
            }
            case CONTENT_PUBLISHED -> {
                var item = asEditor(() -> editing.create(draft()));
                yield new Scenario(ADMIN, null, () -> editing.publish(item.id()));
            }
            case CONTENT_ARCHIVED -> {
                var item = asEditor(() -> editing.create(draft()));
                yield new Scenario(MANAGER, null, () -> editing.archive(item.id()));
            }
            case CONTENT_RESTORED -> {
                var item = asEditor(() -> {
                    var created = editing.create(draft());
                    return editing.update(created.id(), created.version(), draft());
                });
                yield new Scenario(EDITOR, null, () -> editing.restore(item.id(), 1, item.version()));
            }
            case ATTACHMENT_ADDED -> {
                var item = asEditor(() -> editing.create(draft()));
                yield new Scenario(EDITOR, null,
                        () -> attachments.upload(item.id(), "diagram.png", new ByteArrayInputStream(png())));
            }
            case ATTACHMENT_REMOVED -> {
                var attachment = asUser(EDITOR, () -> attachments.upload(editing.create(draft()).id(), "diagram.png",
                        new ByteArrayInputStream(png())));
                yield new Scenario(EDITOR, null, () -> attachments.delete(attachment.id()));
            }
            case CONTENT_IMPORTED -> new Scenario(EDITOR, null, () -> assertThat(bundles.importZip(bundle(), (done, all) -> { })
                    .created()).isEqualTo(1));
            case CONTENT_EXPORTED -> new Scenario(EDITOR, null, () -> bundles.export(new ByteArrayOutputStream()));
            case TAXONOMY_TERM_ADDED -> {
                var term = "Audit term " + UUID.randomUUID();
                cleanUp = () -> runAs(EDITOR, () -> taxonomies.remove(Taxonomy.INDUSTRY, term));
                yield new Scenario(EDITOR, null, () -> taxonomies.add(Taxonomy.INDUSTRY, term));
            }
            case TAXONOMY_TERM_REMOVED -> {
                var term = "Audit term " + UUID.randomUUID();
                runAs(EDITOR, () -> taxonomies.add(Taxonomy.INDUSTRY, term));
                yield new Scenario(EDITOR, null, () -> taxonomies.remove(Taxonomy.INDUSTRY, term));
            }
            case TIER_OVERRIDDEN -> {
                var tier = currentTier(contoso);
                cleanUp = () -> runAs(MANAGER, () -> tiers.clearOverride(contoso));
                yield new Scenario(MANAGER, contoso, () -> tiers.override(contoso, tier, "Audit test",
                        LocalDate.now(clock).plusDays(30)));
            }
            case TIER_OVERRIDE_CLEARED -> {
                var tier = currentTier(contoso);
                runAs(MANAGER, () -> tiers.override(contoso, tier, "Audit test", LocalDate.now(clock).plusDays(30)));
                yield new Scenario(MANAGER, contoso, () -> assertThat(tiers.clearOverride(contoso)).isTrue());
            }
            case TIER_REQUIREMENTS_CHANGED -> {
                var silver = asUser(ADMIN, () -> tiers.rules().stream().filter(r -> r.tierCode().equals("SILVER")).findFirst().orElseThrow());
                yield new Scenario(ADMIN, null, () -> tiers.changeRequirements("SILVER", silver.requirements()));
            }
            case SURVEY_INVITATION_SENT -> {
                var wave = openWave();
                yield new Scenario(MANAGER, contoso, () -> designer.invite(wave, "audit-" + UUID.randomUUID() + "@contoso.test", contoso));
            }
            case SURVEY_RESPONSES_EXPORTED -> {
                var wave = openWave();
                yield new Scenario(MANAGER, null, () -> results.exportCsv(wave, new StringBuilder()));
            }
            case CERTIFICATIONS_EXPORTED -> new Scenario(MANAGER, null, () -> certifications.exportCsv(CertificationFilter.ANY));
            case ORGANIZATION_PROFILE_CHANGED -> {
                var profile = asUser(CONTOSO_ADMIN, () -> profiles.profile(contoso).orElseThrow());
                yield new Scenario(CONTOSO_ADMIN, contoso, () -> profiles.updateMine(profile));
            }
            case ORGANIZATION_LOGO_CHANGED -> {
                cleanUp = () -> jdbc.update("delete from organization_logo where organization_id = ?", contoso.value());
                yield new Scenario(CONTOSO_ADMIN, contoso, () -> profiles.replaceMyLogo(png()));
            }
            case ONBOARDING_STEP_COMPLETED_BY_STAFF -> {
                long step = jdbc.queryForObject("select id from onboarding_step where organization_id = ? and kind = 'READ_CONTENT'",
                        Long.class, contoso.value());
                cleanUp = () -> jdbc.update("update onboarding_step set completed_at = null, completed_by = null where id = ?", step);
                yield new Scenario(MANAGER, contoso, () -> assertThat(journeys.completeWithReason(step, "Read it in print")).isTrue());
            }
            case OUTBOX_VIEWED -> new Scenario(ADMIN, null, () -> outbox.list(PageRequest.of(0, 20)));
            case OUTBOX_LINK_REVEALED -> {
                var email = "audit-" + UUID.randomUUID() + "@contoso.test";
                runAs(ADMIN, () -> invitations.invite(email, "Audit Invitee", Role.PARTNER_USER, contoso));
                long message = mail.to(email).getLast().id();
                yield new Scenario(ADMIN, null, () -> assertThat(outbox.revealLinks(message)).isPresent());
            }
            default -> throw new IllegalArgumentException("no scenario for " + action);
        };
    }

    private static ContentDraft draft() {
        return ContentDraft.of(ContentType.PLAYBOOK, "Audited " + UUID.randomUUID(), "Summary", "Body");
    }

    private String currentTier(OrganizationId organization) {
        return asUser(MANAGER, () -> tiers.standing(organization).orElseThrow().tierCode());
    }

    private WaveId openWave() {
        return asUser(MANAGER, () -> {
            var survey = designer.createSurvey("Audited survey " + UUID.randomUUID(), NpsTemplate.questions());
            return designer.planWave(new WaveDraft(survey, "Audited wave", clock.instant(),
                    clock.instant().plus(Duration.ofDays(30)), false, AudienceKind.ALL, Set.of()));
        });
    }

    private static byte[] png() {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bundle() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            var slug = "audited-import-" + UUID.randomUUID();
            zip.putNextEntry(new ZipEntry(slug + ".md"));
            zip.write(ContentDocument.write(draft().withSlug(slug)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ContentSummary asEditor(Supplier<ContentSummary> work) {
        return asUser(EDITOR, work);
    }

    private <T> T asUser(String email, Supplier<T> work) {
        signInAs(email);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void runAs(String email, Runnable work) {
        asUser(email, () -> {
            work.run();
            return null;
        });
    }

    /** Signs in through the real authentication manager once per account; later cases reuse it (a hash costs time). */
    private void signInAs(String email) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SIGNED_IN.computeIfAbsent(email, e -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(e, PortalWebTest.DEMO_PASSWORD))));
        SecurityContextHolder.setContext(context);
    }

    private long lastEntryId() {
        var last = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return last == null ? 0 : last;
    }
}
