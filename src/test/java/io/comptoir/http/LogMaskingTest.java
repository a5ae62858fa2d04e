package io.comptoir.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Emails and phone numbers never reach the logs. */
class LogMaskingTest {
    @Test
    void the_shipped_log_configuration_masks_emails_and_phone_numbers() throws Exception {
        LoggerContext ctx = new LoggerContext();
        JoranConfigurator jc = new JoranConfigurator();
        jc.setContext(ctx);
        jc.doConfigure(getClass().getClassLoader().getResource("logback.xml"));
        var logger = ctx.getLogger("io.comptoir.http.InternalApi");
        @SuppressWarnings("unchecked")
        Encoder<ch.qos.logback.classic.spi.ILoggingEvent> encoder =
                ((ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) ctx.getLogger("ROOT").getAppender("STDERR")).getEncoder();
        var event = new LoggingEvent("x", logger, Level.INFO, "erased {} conversation(s) linked to {} and {}", null,
                new Object[] {2, "Jean.Dupont@exemple.fr", "+33 6 12 34 56 78"});

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).contains("erased 2 conversation(s) linked to ***@*** and ***78")
                .doesNotContain("Dupont").doesNotContain("12 34 56");
        ctx.stop();
    }

    @Test
    void masking_keeps_dates_ids_and_counts_readable() {
        assertThat(MaskingConverter.mask("conversation c_AbC12 at 2026-11-25 took 1234567 ns; call 06.12.34.56.78 or (555) 123-4567"))
                .isEqualTo("conversation c_AbC12 at 2026-11-25 took 1234567 ns; call ***78 or ***67");
    }
}
