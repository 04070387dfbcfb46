package dev.partnerportal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTrailTest {

    @Test
    void encodesLineBreaksAndControlCharactersSoOneEntryCannotPoseAsTwo() {
        var forged = "bob\r\n2026-11-22 LOGIN_SUCCEEDED admin@vendor.test\u0000\u0085\u2028\tend\\";

        assertThat(AuditTrail.encode(forged, 1000)).isEqualTo(
                "bob\\u000d\\u000a2026-11-22 LOGIN_SUCCEEDED admin@vendor.test\\u0000\\u0085\\u2028\\u0009end\\\\");
    }

    @Test
    void keepsOrdinaryTextIncludingOtherScripts() {
        assertThat(AuditTrail.encode("Ünnepi ajánlat — 한국어 العربية", 1000)).isEqualTo("Ünnepi ajánlat — 한국어 العربية");
    }

    @Test
    void cutsToTheColumnSizeWithoutSplittingAnEscape() {
        var encoded = AuditTrail.encode("\n".repeat(100), 20);

        assertThat(encoded).isEqualTo("\\u000a".repeat(3));
        assertThat(AuditTrail.encode("a".repeat(2000), AuditEntry.DETAIL_MAX_LENGTH)).hasSize(AuditEntry.DETAIL_MAX_LENGTH);
    }

    @Test
    void leavesNullAlone() {
        assertThat(AuditTrail.encode(null, 10)).isNull();
    }
}
