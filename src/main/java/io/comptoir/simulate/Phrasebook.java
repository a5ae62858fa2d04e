package io.comptoir.simulate;

import io.comptoir.ComptoirException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/** Persona phrasings for one language, from {@code simulate/<lang>.properties} (alternatives separated by |). */
final class Phrasebook {
    private final Properties props;

    private Phrasebook(Properties props) {
        this.props = props;
    }

    static Phrasebook load(String language) {
        String name = "simulate/" + language + ".properties";
        try (InputStream in = Phrasebook.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new ComptoirException("no persona phrasings for language '" + language + "' (" + name + ")");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Phrasebook(p);
        } catch (IOException e) {
            throw new ComptoirException("cannot read " + name, e);
        }
    }

    /** One alternative of a key, its placeholders filled. */
    String say(String key, Random r, Map<String, String> vars) {
        return fill(pick(key, r), r, vars);
    }

    String say(String key, Random r) { return say(key, r, Map.of()); }

    String pick(String key, Random r) {
        String v = props.getProperty(key);
        if (v == null) throw new ComptoirException("missing persona phrasing '" + key + "'");
        String[] alts = v.split("\\|");
        return alts[r.nextInt(alts.length)].trim();
    }

    String[] all(String key) { return props.getProperty(key, "").split("\\|"); }

    private String fill(String template, Random r, Map<String, String> vars) {
        String s = template;
        for (var e : vars.entrySet()) s = s.replace("{" + e.getKey() + "}", e.getValue());
        if (s.contains("{greeting}")) s = s.replace("{greeting}", pick("greeting", r));
        if (s.contains("{first}")) s = s.replace("{first}", pick("first", r));
        if (s.contains("{last}")) s = s.replace("{last}", pick("last", r));
        while (s.contains("{d2}")) s = s.replaceFirst("\\{d2}", String.format("%02d", r.nextInt(100)));
        while (s.contains("{d4}")) s = s.replaceFirst("\\{d4}", String.format("%04d", r.nextInt(10000)));
        return s;
    }
}
