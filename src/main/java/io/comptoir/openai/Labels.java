package io.comptoir.openai;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The few server-side words shown in replies, per language, from lang/{fr,en}/server.properties. */
final class Labels {
    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    private Labels() {}

    static String get(String language, String key) {
        Properties p = CACHE.computeIfAbsent(language, Labels::load);
        String v = p.getProperty(key);
        return v != null ? v : CACHE.computeIfAbsent("en", Labels::load).getProperty(key, key);
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream("lang/" + language + "/server.properties")) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // No labels: keys are shown, which a test would catch.
        }
        return p;
    }
}
