package io.comptoir.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import io.comptoir.http.Json;
import io.comptoir.http.TestServer;
import io.comptoir.server.FakeBots;
import io.comptoir.store.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** A store error on a message with an email and a phone leaves neither in the log, stack traces included. */
class PiiInExceptionLogTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void a_failing_insert_of_a_client_message_logs_no_contact_data(String database) {
        var db = database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
        // Forces the store to refuse the client's line, as a full column or a broken disk would.
        db.db().jdbi().useHandle(h -> h.execute("ALTER TABLE conversation_turns ADD CONSTRAINT no_at_sign "
                + "CHECK (text NOT LIKE '%@%')"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = shippedFormatTo(log);
        try (TestServer s = new TestServer(FakeBots.registry(), 0, null, db, List.of())) {
            var o = s.post("/api/bots/agence-web/conversations", null, "{}").json();
            var r = s.post("/api/conversations/" + o.path("conversation_id").asText() + "/messages",
                    o.path("token").asText(), Json.write(Map.of("text",
                            "Je suis Jeanne Dupontel, jeanne.dupontel@exemple.fr ou 06 98 76 54 32")));

            assertThat(r.status()).isGreaterThanOrEqualTo(500);
            assertThat(r.body()).doesNotContain("dupontel").doesNotContain("98 76");
        } finally {
            root().detachAppender(appender);
            appender.stop();
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text).containsIgnoringCase("no_at_sign").doesNotContainIgnoringCase("dupontel").doesNotContain("06 98 76 54 32").doesNotContain("0698765432");
    }

    private static ch.qos.logback.classic.Logger root() {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** An appender with the pattern of the shipped logback.xml (%maskedMsg, %maskedEx), writing to memory. */
    private static OutputStreamAppender<ILoggingEvent> shippedFormatTo(ByteArrayOutputStream out) {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        var shipped = (ConsoleAppender<ILoggingEvent>) root().getAppender("STDERR");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern(((PatternLayoutEncoder) shipped.getEncoder()).getPattern());
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(ctx);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        root().addAppender(appender);
        return appender;
    }
}
