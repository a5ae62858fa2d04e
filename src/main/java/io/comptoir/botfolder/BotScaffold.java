package io.comptoir.botfolder;

import io.comptoir.ComptoirException;
import io.comptoir.understanding.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a small working bot folder from the templates in {@code init/<lang>/} (bot.yaml, faq.md, scenarios) for a
 * newcomer to edit. It never overwrites: the target folder must be new or empty.
 */
public final class BotScaffold {
    private static final String TEMPLATES = "init/";

    private BotScaffold() {}

    /** @return the files written, in order */
    public static List<Path> create(Path dir, Language language, String name) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ComptoirException.InvalidInput(dir + " is a file; give the name of a new folder");
        }
        if (!isEmpty(dir)) {
            throw new ComptoirException.InvalidInput(dir + " is not empty; choose a new folder name (init never "
                    + "overwrites files)");
        }
        String id = id(dir);
        String botName = name == null || name.isBlank() ? displayName(id) : name.strip();
        String base = TEMPLATES + language.code();
        List<String> templates = new ArrayList<>(ClasspathBotFiles.children(base, false));
        for (String sub : ClasspathBotFiles.children(base, true)) {
            ClasspathBotFiles.children(base + "/" + sub, false).forEach(f -> templates.add(sub + "/" + f));
        }
        if (templates.isEmpty()) throw new IllegalStateException("no templates under " + base);
        List<Path> written = new ArrayList<>();
        try {
            for (String t : templates) {
                Path target = dir.resolve(t);
                Files.createDirectories(target.getParent());
                Files.writeString(target, fill(template(base + "/" + t), id, botName, dir.toString()),
                        StandardCharsets.UTF_8);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template(String resource) throws IOException {
        try (InputStream in = BotScaffold.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing template " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Fills the placeholders; {{name_q}} is the name escaped for a double-quoted YAML string. */
    static String fill(String template, String id, String name, String dir) {
        String quoted = name.replace("\\", "\\\\").replace("\"", "\\\"");
        return template.replace("{{id}}", id).replace("{{name_q}}", quoted).replace("{{name}}", name)
                .replace("{{dir}}", dir.replaceAll("[\\r\\n]", ""));
    }

    /** The bot id from the folder name: lower-case letters, digits and dashes. */
    static String id(Path dir) {
        Path fileName = dir.toAbsolutePath().normalize().getFileName();
        String raw = fileName == null ? "" : fileName.toString();
        String id = Normalizer.normalize(raw.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "mon-bot" : id;
    }

    private static String displayName(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
