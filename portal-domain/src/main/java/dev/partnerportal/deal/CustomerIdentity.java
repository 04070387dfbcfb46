package dev.partnerportal.deal;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How the conflict check recognizes one customer under two spellings: the registrable web domain, or the
 * company name without its legal form. Pure functions, unit-tested.
 */
final class CustomerIdentity {

    /**
     * Second-level labels under which companies register (co.uk, com.au ...): the registrable domain keeps one
     * more label under them. A short list rather than the whole public suffix list: it covers the countries the
     * program sells in, and a miss only makes a match by domain fall back to the match by name.
     */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "net", "org", "gov", "edu", "ac", "or", "ne",
            "go", "gv", "ltd", "plc", "biz", "info");

    /** Legal forms and their abbreviations in the program's markets, as tokens after punctuation is gone. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp",
            "gmbh", "ag", "kg", "kft", "zrt", "nyrt", "bt", "rt", "co", "corp", "corporation", "company", "jsc", "plc",
            "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "pty", "pte", "kk", "tnhh", "cty", "cong",
            "ty", "group", "holding", "holdings");

    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    private CustomerIdentity() {
    }

    /**
     * The registrable domain of what a person typed ({@code https://www.Shop.Example.co.uk/about} becomes
     * {@code example.co.uk}), or empty when it is not a domain name.
     */
    static Optional<String> domain(String typed) {
        var text = typed.strip().toLowerCase(Locale.ROOT);
        text = text.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        text = text.replaceFirst("[/?#].*$", "").replaceFirst(":\\d+$", "").replaceFirst("^.*@", "");
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        try {
            text = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (text.length() > 253 || !DOMAIN.matcher(text).matches()) {
            return Optional.empty();
        }
        var labels = text.split("\\.");
        int keep = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
        if (labels.length == 2 && labels[1].length() == 2 && SECOND_LEVEL.contains(labels[0])) {
            return Optional.empty();
        }
        if (labels.length < keep) {
            return Optional.empty();
        }
        return Optional.of(String.join(".", Arrays.copyOfRange(labels, labels.length - keep, labels.length)));
    }

    /** The company name reduced for comparison: no accents, case, punctuation or legal form. */
    static String nameKey(String company) {
        var text = Normalizer.normalize(company, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replace('ß', 's').replace('ł', 'l').replace('Ł', 'L')
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        var tokens = Arrays.stream(text.split(" ")).filter(t -> !t.isEmpty()).toList();
        var kept = tokens.stream().filter(t -> !LEGAL_FORMS.contains(t)).toList();
        return String.join(" ", kept.isEmpty() ? tokens : kept);
    }

    /**
     * Two name keys are the same customer when equal, when they differ by one edit (two from ten letters on;
     * short names need to be equal), or when they share every word but one of at least three.
     */
    static boolean closeMatch(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 5) {
            int allowed = shorter >= 10 ? 2 : 1;
            int distance = EDITS.apply(a, b);
            if (distance >= 0 && distance <= allowed) {
                return true;
            }
        }
        Set<String> left = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> right = new HashSet<>(Arrays.asList(b.split(" ")));
        var union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return union.size() >= 3 && left.size() >= union.size() - 1;
    }

    /** Product tags as stored: stripped, without commas, distinct, in the order given. */
    static String products(Set<String> products) {
        return products.stream().map(p -> p.replace(',', ' ').strip()).filter(p -> !p.isEmpty()).distinct()
                .collect(Collectors.joining(","));
    }
}
