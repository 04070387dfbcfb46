package dev.partnerportal.certification;

import dev.partnerportal.shared.Sha256;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Open Badges 2.0 documents (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html):
 * an Assertion with hosted verification, whose id is the public URL that serves it, and the BadgeClass it
 * names. The recipient is a salted SHA-256 of the holder's email, as the specification recommends, so the
 * public document does not show the address.
 */
final class OpenBadges {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private OpenBadges() {
    }

    static String assertionUrl(String baseUrl, String verificationCode) {
        return baseUrl + "/api/public/badges/" + verificationCode;
    }

    static Map<String, Object> assertion(String baseUrl, HeldCertification held) {
        var salt = Sha256.hex("open-badges-salt:" + held.verificationCode()).substring(0, 16);
        var recipient = new LinkedHashMap<String, Object>();
        recipient.put("type", "email");
        recipient.put("hashed", true);
        recipient.put("salt", salt);
        recipient.put("identity", "sha256$" + Sha256.hex(held.holderEmail() + salt));
        var json = new LinkedHashMap<String, Object>();
        json.put("@context", CONTEXT);
        json.put("type", "Assertion");
        json.put("id", assertionUrl(baseUrl, held.verificationCode()));
        json.put("recipient", recipient);
        json.put("badge", badgeClass(baseUrl, held.certification()));
        json.put("verification", Map.of("type", "hosted"));
        json.put("issuedOn", held.awardedAt().toString());
        json.put("expires", held.expiresOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        json.put("evidence", baseUrl + "/verify/" + held.verificationCode());
        if (held.status() == CertificationStatus.REVOKED) {
            json.put("revoked", true);
        }
        return json;
    }

    static Map<String, Object> badgeClass(String baseUrl, Certification certification) {
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("type", "Profile");
        issuer.put("id", baseUrl + "/api/public/badge-issuer");
        issuer.put("name", "Partner Portal");
        issuer.put("url", baseUrl);
        var json = new LinkedHashMap<String, Object>();
        json.put("@context", CONTEXT);
        json.put("type", "BadgeClass");
        json.put("id", baseUrl + "/api/public/badge-classes/" + certification.code());
        json.put("name", certification.name());
        json.put("description", certification.name() + " (" + certification.level().name().toLowerCase(java.util.Locale.ROOT)
                + " level), valid for " + certification.validityMonths() + " months.");
        json.put("image", baseUrl + "/images/certification-badge.svg");
        json.put("criteria", Map.of("narrative", "Complete the courses " + String.join(", ", certification.courseCodes())
                + " and pass the quiz " + certification.quizKey() + "."));
        json.put("issuer", issuer);
        return json;
    }
}
