package io.comptoir.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Odd input gives an empty analysis, never an exception. */
class BadInputTest {
    private static final RuleBasedUnderstander U = new RuleBasedUnderstander();
    private static final UnderstandingContext CTX = UnderstandingContext.of(Language.FR, LocalDate.of(2026, 11, 23));

    private static void empty(String text) {
        Analysis a = U.analyze(text, CTX);
        assertThat(a.entities()).isEmpty();
        assertThat(a.signals()).isEmpty();
    }

    @Test
    void empty_and_blank_text_give_nothing() {
        empty("");
        empty("   \n\t ");
        empty(null);
    }

    @Test
    void a_hundred_kilobytes_give_nothing() {
        empty("budget 5000 € merci, c'est urgent ".repeat(3000));
    }

    @Test
    void binary_junk_gives_nothing() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2000; i++) b.append((char) (i * 7919 % 65000));
        Analysis a = U.analyze(b.toString(), CTX);
        assertThat(a).isNotNull();
        empty("\u0000\u0001\u0002\u0003\uFFFD\uFFFD");
    }

    @Test
    void right_to_left_and_emoji_only_text_give_nothing() {
        empty("مرحبا كيف حالك");
        empty("שלום");
        empty("🙂🙂🙂👍");
    }

    @Test
    void a_missing_context_does_not_throw() {
        assertThat(U.analyze("bonjour", null)).isNotNull();
    }
}
