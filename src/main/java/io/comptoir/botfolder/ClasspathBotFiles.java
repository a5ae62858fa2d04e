package io.comptoir.botfolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** A bot folder bundled in the jar (the examples, under {@code examples/<id>/}), read as classpath resources. */
public final class ClasspathBotFiles implements BotFiles {
    private final String base;
    private final ClassLoader loader;

    /** @param base resource folder without leading or trailing slash, e.g. "examples/agence-web" */
    public ClasspathBotFiles(String base) {
        this.base = base;
        this.loader = ClasspathBotFiles.class.getClassLoader();
    }

    /** Whether a bundled bot exists at that resource folder. */
    public static boolean exists(String base) {
        return ClasspathBotFiles.class.getClassLoader().getResource(base + "/bot.yaml") != null;
    }

    @Override
    public Optional<String> read(String name) {
        try (InputStream in = loader.getResourceAsStream(base + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(Texts.decode(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> list(String folder) {
        return children(base + "/" + folder, false);
    }

    /** Names of the entries of a resource folder: files, or (with {@code dirs}) sub-folders. */
    static List<String> children(String folder, boolean dirs) {
        URL url = ClasspathBotFiles.class.getClassLoader().getResource(folder);
        if (url == null) return List.of();
        try {
            if ("file".equals(url.getProtocol())) {
                try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                    return s.filter(p -> dirs ? Files.isDirectory(p) : Files.isRegularFile(p))
                            .map(p -> p.getFileName().toString()).sorted().toList();
                }
            }
            if ("jar".equals(url.getProtocol())) return jarChildren(url, folder, dirs);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> jarChildren(URL url, String folder, boolean dirs) throws IOException {
        JarURLConnection conn = (JarURLConnection) url.openConnection();
        conn.setUseCaches(false);
        String prefix = folder + "/";
        TreeSet<String> names = new TreeSet<>();
        try (JarFile jar = conn.getJarFile()) {
            jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                    .map(n -> n.substring(prefix.length())).forEach(rest -> {
                        int slash = rest.indexOf('/');
                        if (dirs && slash > 0) names.add(rest.substring(0, slash));
                        if (!dirs && slash < 0) names.add(rest);
                    });
        }
        return List.copyOf(names);
    }

    @Override
    public String location() { return "classpath:" + base; }
}
