package io.comptoir.simulate;

import io.comptoir.ComptoirException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** Shares of each persona, e.g. {@code ideal:0.4,vague:0.3,out_of_scope:0.15,human:0.05,silent:0.1}. */
public record Mix(Map<Persona, Double> shares) {
    public static final String DEFAULT = "ideal:0.4,vague:0.3,out_of_scope:0.15,human:0.05,silent:0.1";

    public Mix {
        shares = Map.copyOf(shares);
    }

    public static Mix parse(String text) {
        Map<Persona, Double> m = new EnumMap<>(Persona.class);
        for (String part : text.split(",")) {
            String[] kv = part.split(":");
            if (kv.length != 2) throw bad(text, "'" + part.trim() + "' is not persona:share");
            Persona p = Persona.fromWire(kv[0]).orElseThrow(() -> bad(text, "unknown persona '" + kv[0].trim() + "'"));
            double share;
            try {
                share = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw bad(text, "share '" + kv[1].trim() + "' is not a number");
            }
            if (share < 0) throw bad(text, "share of " + p.wireName() + " is negative");
            m.merge(p, share, Double::sum);
        }
        double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) throw bad(text, "the shares add up to 0");
        m.replaceAll((p, s) -> s / total);
        return new Mix(m);
    }

    private static ComptoirException.InvalidInput bad(String text, String why) {
        return new ComptoirException.InvalidInput("--mix '" + text + "': " + why + "; expected e.g. " + DEFAULT
                + " (personas: " + Arrays.stream(Persona.values()).map(Persona::wireName).collect(Collectors.joining(", ")) + ")");
    }

    public double share(Persona p) { return shares.getOrDefault(p, 0.0); }

    /** Exactly round(n × share) conversations of each persona (the remainder goes to the largest shares). */
    public Persona[] allocate(int n, Random random) {
        Persona[] out = new Persona[n];
        int i = 0;
        for (Persona p : Persona.values()) {
            long k = Math.round(n * share(p));
            for (int j = 0; j < k && i < n; j++) out[i++] = p;
        }
        Persona largest = shares.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        while (i < n) out[i++] = largest;
        for (int j = n - 1; j > 0; j--) {
            int k = random.nextInt(j + 1);
            Persona t = out[j];
            out[j] = out[k];
            out[k] = t;
        }
        return out;
    }
}
