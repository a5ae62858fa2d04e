package io.comptoir.delivery;

import io.comptoir.ComptoirException;
import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.DeliveryTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The configured endpoints: the server-wide webhook ({@code COMPTOIR_WEBHOOK_URL} and
 * {@code COMPTOIR_WEBHOOK_SECRET}, named {@code server}) and each bot's own ({@code <bot>/<name>}), with their
 * secrets read from the environment given.
 */
public final class Endpoints {
    public static final String SERVER = "server";
    public static final String URL_ENV = "COMPTOIR_WEBHOOK_URL";
    public static final String SECRET_ENV = "COMPTOIR_WEBHOOK_SECRET";

    private final Map<String, Endpoint> byName;

    private Endpoints(Map<String, Endpoint> byName) {
        this.byName = byName;
    }

    public static Endpoints of(List<Endpoint> endpoints) {
        Map<String, Endpoint> m = new LinkedHashMap<>();
        for (Endpoint e : endpoints) m.put(e.name(), e);
        return new Endpoints(m);
    }

    /** Reads the configuration; a missing secret or token fails start-up with what to set. */
    public static Endpoints configure(Map<String, String> env, List<BotDefinition> bots) {
        List<Endpoint> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String url = blank(env.get(URL_ENV));
        if (url != null) {
            String secret = blank(env.get(SECRET_ENV));
            if (secret == null) problems.add(URL_ENV + " is set but " + SECRET_ENV + " is not: set the secret the "
                    + "receiver checks signatures with (e.g. `openssl rand -hex 32`)");
            else out.add(new Endpoint(SERVER, Endpoint.Kind.WEBHOOK, url, secret, Map.of()));
        }
        for (BotDefinition bot : bots) {
            for (DeliveryTarget t : bot.delivery()) {
                String secret = blank(env.get(t.secretEnv()));
                if (secret == null) {
                    problems.add("bot '" + bot.id() + "', delivery endpoint '" + t.name() + "': set the environment "
                            + "variable " + t.secretEnv() + " (its " + (t.kind().equals("webhook") ? "signing secret"
                            : "API token") + ")");
                    continue;
                }
                Endpoint.Kind kind = Endpoint.Kind.valueOf(t.kind().toUpperCase(Locale.ROOT));
                out.add(new Endpoint(bot.id() + "/" + t.name(), kind, t.url(), secret, t.properties()));
            }
        }
        if (!problems.isEmpty()) throw new ComptoirException.InvalidInput(String.join("\n", problems));
        return of(out);
    }

    public Optional<Endpoint> get(String name) { return Optional.ofNullable(byName.get(name)); }

    public boolean isEmpty() { return byName.isEmpty(); }

    /** The endpoints a bot's notes go to: the server's and the bot's own. */
    public List<String> forBot(String botId) {
        return byName.keySet().stream().filter(n -> n.equals(SERVER) || n.startsWith(botId + "/")).toList();
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
