package io.comptoir.understanding.contact;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.comptoir.understanding.Entity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses (lower-cased) and phone numbers (E.164, found and checked by libphonenumber with the
 * conversation's region). Language independent.
 */
public final class ContactFinder {
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final int MIN_PHONE_DIGITS = 7;
    private static final Pattern INTERNATIONAL_00 = Pattern.compile("(?<![\\d+])00(?=[1-9]\\d)");
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    /** An entity with the offsets [start, end) of its words in the message. */
    public record Found(int start, int end, Entity entity) {}

    /** Around every "@", the longest local part and domain, then checked: linear in the text, whatever it holds. */
    public void emails(String text, List<Found> out) {
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > 0 && isLocal(text.charAt(start - 1))) start--;
            int end = at + 1;
            while (end < text.length() && isDomain(text.charAt(end))) end++;
            while (start < at && !Character.isLetterOrDigit(text.charAt(start))) start++;
            while (end > at + 1 && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
            String candidate = text.substring(start, end);
            Matcher m = EMAIL.matcher(candidate);
            if (start < at && m.matches()) {
                out.add(new Found(start, end, new Entity.Email(candidate, candidate.toLowerCase(Locale.ROOT))));
            }
            at = text.indexOf('@', Math.max(end, at + 1));
        }
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    private static boolean isDomain(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    public void phones(String text, String region, List<Found> out) {
        if (countDigits(text) < MIN_PHONE_DIGITS) return;
        String r = region == null || region.isBlank() ? "FR" : region.toUpperCase(Locale.ROOT);
        for (PhoneNumberMatch m : phones.findNumbers(dialable(text), r, PhoneNumberUtil.Leniency.POSSIBLE, 20)) {
            if (overlaps(out, m.start(), m.end()) || !plausible(m)) continue;
            String e164 = phones.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
            out.add(new Found(m.start(), m.end(), new Entity.Phone(text.substring(m.start(), m.end()), e164)));
        }
    }

    /**
     * The text as libphonenumber should see it, one character for one so that offsets stay those of the message:
     * "(+55)(15) 3212-4567" (brackets back to back, where it stops) has its brackets read as spaces, and a leading
     * "00" is the international "+" whatever the region ("0044 20…" from a US client).
     */
    private static String dialable(String text) {
        String s = text.contains(")(") ? text.replace('(', ' ').replace(')', ' ') : text;
        return text.contains("00") ? INTERNATIONAL_00.matcher(s).replaceAll(" +") : s;
    }

    /**
     * Valid numbers, or numbers of a possible length written the way people write phone numbers (leading 0, + or
     * parenthesis, nine digits or more): people type unallocated numbers such as "07 11 22 33 44" too, but a
     * bare "1 200 000" is an amount, not a phone.
     */
    private boolean plausible(PhoneNumberMatch m) {
        if (phones.isValidNumber(m.number())) return true;
        String raw = m.rawString();
        char first = raw.charAt(0);
        return (first == '0' || first == '+' || first == '(') && countDigits(raw) >= 9;
    }

    private static boolean overlaps(List<Found> found, int start, int end) {
        for (Found f : found) if (f.start() < end && start < f.end()) return true;
        return false;
    }

    private static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) n++;
        return n;
    }
}
