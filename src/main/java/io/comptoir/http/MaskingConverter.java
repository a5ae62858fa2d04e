package io.comptoir.http;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logback message converter that masks email addresses and phone numbers, so that client contact data never
 * reaches the logs (used as %maskedMsg in logback.xml).
 */
public final class MaskingConverter extends MessageConverter {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+%-]+@([\\w-]+\\.)+[\\w-]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+])(?:\\+|00|0)\\d(?:[ .\\-]?\\d){7,13}(?!\\w)|\\(\\d{3}\\)\\s?\\d{3}-\\d{4}");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    public static String mask(String message) {
        if (message == null) return null;
        String m = EMAIL.matcher(message).replaceAll("***@***");
        Matcher p = PHONE.matcher(m);
        StringBuilder sb = new StringBuilder();
        while (p.find()) {
            String digits = p.group().replaceAll("\\D", "");
            p.appendReplacement(sb, Matcher.quoteReplacement("***" + digits.substring(digits.length() - 2)));
        }
        p.appendTail(sb);
        return sb.toString();
    }
}
