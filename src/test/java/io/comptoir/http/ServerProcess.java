package io.comptoir.http;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A server started as a separate JVM on the test classpath, so that a test can kill -9 it. */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    public final int port;
    private final StringBuilder output = new StringBuilder();

    public ServerProcess(String mainClass, String... args) throws Exception {
        this(java.util.Map.of(), mainClass, args);
    }

    public ServerProcess(java.util.Map<String, String> env, String mainClass, String... args) throws Exception {
        this(env, command(List.of("-cp", System.getProperty("java.class.path"), mainClass), args));
    }

    /** The packaged jar ({@code target/comptoir.jar}, built by {@code mvn package}) as the server. */
    public static ServerProcess jar(java.util.Map<String, String> env, String... args) throws Exception {
        return new ServerProcess(env, command(List.of("-jar", new File("target/comptoir.jar").getAbsolutePath()), args));
    }

    private static List<String> command(List<String> launch, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(launch);
        cmd.addAll(List.of(args));
        return cmd;
    }

    private ServerProcess(java.util.Map<String, String> env, List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (output) { output.append(line).append('\n'); }
                    if (line.startsWith("listening on ")) ready.complete(Integer.parseInt(line.substring(13).trim()));
                    if (line.contains("http://localhost:") && line.contains("Demo")) {
                        String p = line.replaceAll(".*http://localhost:(\\d+).*", "$1");
                        ready.complete(Integer.parseInt(p));
                    }
                }
            } catch (Exception ignored) {
                // process ended
            }
            ready.completeExceptionally(new IllegalStateException("server exited before listening:\n" + output()));
        });
        reader.setDaemon(true);
        reader.start();
        port = ready.get(60, TimeUnit.SECONDS);
    }

    public String output() {
        synchronized (output) { return output.toString(); }
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    /** One JSON call to a server (process) on {@code port}; a non-2xx answer fails the test with its body. */
    public static com.fasterxml.jackson.databind.JsonNode call(int port, String method, String path, String token, String body)
            throws Exception {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        var r = HTTP.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 299);
        return Json.parse(r.body());
    }
}
