package dev.partnerportal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.partnerportal.identity.Invitations;
import dev.partnerportal.identity.PasswordResets;
import dev.partnerportal.identity.PortalAuthenticationProvider;
import dev.partnerportal.partner.PartnerRegistry;
import dev.partnerportal.partner.PartnerType;
import dev.partnerportal.recruitment.ApplicationForm;
import dev.partnerportal.recruitment.Recruitment;
import dev.partnerportal.shared.Role;
import dev.partnerportal.survey.AudienceKind;
import dev.partnerportal.survey.NpsTemplate;
import dev.partnerportal.survey.SurveyDesigner;
import dev.partnerportal.survey.WaveDraft;
import dev.partnerportal.testsupport.MutableClock;
import dev.partnerportal.testsupport.SignIn;
import dev.partnerportal.testsupport.TestClockConfiguration;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One delivered mail per portal language, each in its RECIPIENT's language whoever sends it: the subject
 * RFC 2047-encoded UTF-8, the body UTF-8 text, dates in the recipient's locale. Same configuration as
 * {@link MailDeliveryTest}, so both share one application context.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=${portal.test.smtp-port}",
        "portal.mail.from=portal@vendor.test"})
class MailLanguagesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final Pattern INVITATION_TOKEN = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

    @Autowired
    PortalAuthenticationProvider provider;
    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets passwordResets;
    @Autowired
    SurveyDesigner designer;
    @Autowired
    Recruitment recruitment;
    @Autowired
    PartnerRegistry organizations;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfTheTestClock() {
        clock.set(TestClockConfiguration.START);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void koreanInvitationAndLaterPasswordResetFollowTheInviteesLanguageNotTheEnglishSpeakingSender() throws Exception {
        var address = "minjun-" + UUID.randomUUID() + "@northwind.test";
        SignIn.as(provider, "admin@vendor.test");
        invitations.invite(address, "김민준", Role.PARTNER_USER,
                organizations.findByName("Northwind Traders").orElseThrow().organizationId(), Locale.KOREAN);
        SignIn.out();

        var invitation = mailTo(address, 1);
        assertThat(invitation.getSubject()).isEqualTo("파트너 포털의 Northwind Traders 팀에 초대되었습니다");
        assertEncodedUtf8Subject(invitation);
        assertThat(invitation.getHeader("Content-Language")).containsExactly("ko");
        assertThat(body(invitation)).startsWith("김민준님, 안녕하세요.")
                .contains("이 링크는 7일 동안 한 번만 사용할 수 있습니다.");

        var token = INVITATION_TOKEN.matcher(body(invitation)).results().findFirst().orElseThrow().group(1);
        invitations.accept(token, "a-long-korean-password");
        passwordResets.request(address);

        var reset = mailTo(address, 2);
        assertThat(reset.getSubject()).isEqualTo("파트너 포털 비밀번호 재설정");
        assertEncodedUtf8Subject(reset);
        assertThat(body(reset)).contains("이 링크는 60분 동안 한 번만 사용할 수 있습니다.");
    }

    @Test
    void arabicStaffInvitationNamesTheRoleInArabic() throws Exception {
        var address = "layla-" + UUID.randomUUID() + "@vendor.test";
        SignIn.as(provider, "admin@vendor.test");
        invitations.inviteStaff(address, "ليلى حداد", Role.CHANNEL_MANAGER, Locale.forLanguageTag("ar-AE"));

        var mail = mailTo(address, 1);
        assertThat(mail.getSubject()).isEqualTo("أنت مدعو للانضمام إلى فريق بوابة الشركاء");
        assertEncodedUtf8Subject(mail);
        assertThat(mail.getHeader("Content-Language")).containsExactly("ar");
        assertThat(body(mail)).startsWith("مرحبًا ليلى حداد،").contains("بصفة مدير القنوات")
                .contains("ولمدة 7 أيام");
    }

    @Test
    void hungarianSurveyLinkCarriesTheHungarianTitleAndAHungarianClosingDate() throws Exception {
        var address = "eszter-" + UUID.randomUUID() + "@example.test";
        SignIn.as(provider, "manager@vendor.test");
        var survey = designer.createSurvey(NpsTemplate.texts(), NpsTemplate.questions());
        var wave = designer.planWave(new WaveDraft(survey, "2026 ősz", clock.instant(),
                clock.instant().plus(Duration.ofDays(30)), false, AudienceKind.ALL, Set.of()));
        designer.invite(wave, address, null, Locale.forLanguageTag("hu"));

        var mail = mailTo(address, 1);
        assertThat(mail.getSubject()).isEqualTo("Kíváncsiak vagyunk a véleményére: Partneri elégedettségi felmérés (NPS)");
        assertEncodedUtf8Subject(mail);
        assertThat(body(mail)).startsWith("Tisztelt Címzett!")
                .contains("„Partneri elégedettségi felmérés (NPS)” című felmérésünket (2026 ősz)")
                .contains("eddig használható: 2026. dec. 2. 9:00 (UTC)")
                .contains("/survey-link/");
    }

    @Test
    void vietnameseApplicantIsAnsweredInVietnamese() throws Exception {
        var address = "lan-" + UUID.randomUUID() + "@saigon-solutions.test";
        var company = "Giải pháp Sài Gòn " + UUID.randomUUID().toString().substring(0, 8);
        recruitment.apply(new ApplicationForm(company, null, PartnerType.RESELLER, "APAC", "Nguyễn Thị Lan", address,
                4, 4, 3, 5, null), "", "198.51.100." + (1 + (int) (Math.random() * 250)), Locale.forLanguageTag("vi-VN"));

        var mail = mailTo(address, 1);
        assertThat(mail.getSubject()).isEqualTo("Chúng tôi đã nhận được đơn đăng ký đối tác của " + company);
        assertEncodedUtf8Subject(mail);
        assertThat(body(mail)).startsWith("Xin chào Nguyễn Thị Lan,");
    }

    @Test
    void withoutALanguageTheMailIsPlainEnglish() throws Exception {
        var address = "sam-" + UUID.randomUUID() + "@vendor.test";
        SignIn.as(provider, "admin@vendor.test");
        invitations.inviteStaff(address, "Sam Taylor", Role.CONTENT_EDITOR);

        var mail = mailTo(address, 1);
        assertThat(mail.getSubject()).isEqualTo("You are invited to the Partner Portal team");
        assertThat(mail.getHeader("Content-Language")).containsExactly("en");
        assertThat(body(mail)).startsWith("Hello Sam Taylor,").contains("as content editor");
    }

    /** The {@code count}-th mail delivered to {@code address}, waiting for the SMTP server to receive it. */
    private static MimeMessage mailTo(String address, int count) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            var received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> address.equals(address(m))).toList();
            if (received.size() >= count) {
                return received.get(count - 1);
            }
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail number " + count + " to " + address);
    }

    private static String address(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        return (String) message.getContent();
    }

    /** The raw header is RFC 2047 encoded-words in UTF-8, so 7-bit mail transports carry it intact. */
    private static void assertEncodedUtf8Subject(MimeMessage message) throws Exception {
        var raw = message.getHeader("Subject")[0];
        assertThat(raw).startsWith("=?UTF-8?").matches("[\\x20-\\x7E\\r\\n\\t]+");
    }
}
