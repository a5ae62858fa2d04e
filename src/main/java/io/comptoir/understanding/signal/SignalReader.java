package io.comptoir.understanding.signal;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.Signal;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.text.TextPipeline;
import io.comptoir.understanding.text.Tokens;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Conversational signals from the patterns of signals.yaml. Negation is read from the words just before a match
 * in the same clause ("pas pressé"): the signal is then dropped, kept, or turned into another one as the lexicon
 * says ("je ne suis pas le décideur" → not_decision_maker). A pattern that itself contains a negation word ("pas
 * le moment") is not negated again; a match inside a longer match of another signal is ignored. A signal's
 * {@code unless} patterns cancel its matches they cover ("later this week" is a date, not a timing objection), and
 * its {@code when_shouting} patterns count only in a shouted message (a run of "!!!" or a long word in capitals).
 */
public final class SignalReader {
    private record Hit(SignalPattern pattern, int start, int end) {}

    /** How a pattern takes part: as a signal, as a blocker of its signal, or as a signal only when shouting. */
    private enum Role { MATCH, UNLESS, SHOUTED }

    private final Map<String, List<SignalPattern>> byFirstWord = new HashMap<>();
    private final List<SignalPattern> unindexed = new ArrayList<>();
    private final Set<String> negations = new HashSet<>();
    private final Map<Signal, String> onNegation = new EnumMap<>(Signal.class);
    private final List<Signal[]> conflicts = new ArrayList<>();
    private final Map<SignalPattern, Role> roles = new java.util.IdentityHashMap<>();
    private final int window;
    private final int shoutExclamations;
    private final int shoutCapitals;

    public SignalReader(LanguageData data, TextPipeline pipeline) {
        JsonNode n = data.file("signals");
        for (String s : LanguageData.strings(n, "negations")) negations.add(pipeline.phrase(s)[0]);
        window = n.path("negation_window").asInt(4);
        PatternCompiler compiler = new PatternCompiler(pipeline, LanguageData.listMap(n, "classes"), negations);
        Iterator<Map.Entry<String, JsonNode>> it = n.path("signals").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Signal signal = signal(e.getKey());
            onNegation.put(signal, e.getValue().path("on_negation").asText("drop"));
            for (String p : LanguageData.strings(e.getValue(), "patterns")) add(compiler.compileAll(signal, p), Role.MATCH);
            for (String p : LanguageData.strings(e.getValue(), "unless")) add(compiler.compileAll(signal, p), Role.UNLESS);
            for (String p : LanguageData.strings(e.getValue(), "when_shouting")) add(compiler.compileAll(signal, p), Role.SHOUTED);
        }
        shoutExclamations = n.path("shouting").path("exclamations").asInt(3);
        shoutCapitals = n.path("shouting").path("capitals").asInt(6);
        for (JsonNode c : n.path("conflicts")) conflicts.add(new Signal[]{signal(c.get(0).asText()), signal(c.get(1).asText())});
    }

    private static Signal signal(String wire) {
        try {
            return Signal.valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("signals.yaml: unknown signal " + wire, e);
        }
    }

    private void add(List<SignalPattern> patterns, Role role) {
        for (SignalPattern p : patterns) {
            roles.put(p, role);
            index(p);
        }
    }

    private void index(SignalPattern p) {
        SignalPattern.Element first = p.elements().get(0);
        if (first.optional() || first.gap() || first.number() || !first.prefixes().isEmpty()) { unindexed.add(p); return; }
        for (String w : first.words()) byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
    }

    public Set<Signal> read(Tokens t) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            List<SignalPattern> candidates = byFirstWord.get(t.w(i));
            if (candidates != null) for (SignalPattern p : candidates) collect(t, i, p, hits);
            for (SignalPattern p : unindexed) collect(t, i, p, hits);
        }
        Set<Signal> out = EnumSet.noneOf(Signal.class);
        Boolean shouted = null;
        for (Hit h : hits) {
            Role role = roles.get(h.pattern);
            if (role == Role.UNLESS || insideLongerOther(h, hits) || blocked(h, hits)) continue;
            if (role == Role.SHOUTED && !(shouted != null ? shouted : (shouted = shouted(t.original())))) continue;
            if (h.pattern.containsNegation() || !negated(t, h.start)) { out.add(h.pattern.signal()); continue; }
            String rule = onNegation.get(h.pattern.signal());
            if ("keep".equals(rule)) out.add(h.pattern.signal());
            else if (!"drop".equals(rule)) out.add(signal(rule));
        }
        for (Signal[] c : conflicts) if (out.contains(c[0])) out.remove(c[1]);
        return out;
    }

    private static void collect(Tokens t, int i, SignalPattern p, List<Hit> hits) {
        int end = p.matchAt(t, i);
        if (end > i) hits.add(new Hit(p, i, end));
    }

    /** An {@code unless} pattern of the same signal covers the match. */
    private boolean blocked(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (o.pattern.signal() != h.pattern.signal() || roles.get(o.pattern) != Role.UNLESS) continue;
            if (o.start <= h.start && h.end <= o.end) return true;
        }
        return false;
    }

    /** Shouting: a run of exclamation marks, or a word of many capital letters (an extra cue, never alone). */
    private boolean shouted(String text) {
        int bangs = 0;
        int caps = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bangs = c == '!' ? bangs + 1 : Character.isWhitespace(c) && bangs > 0 ? bangs : 0;
            caps = Character.isUpperCase(c) ? caps + 1 : 0;
            if (bangs >= shoutExclamations || caps >= shoutCapitals) return true;
        }
        return false;
    }

    private boolean insideLongerOther(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (o.pattern.signal() == h.pattern.signal() || roles.get(o.pattern) != Role.MATCH) continue;
            boolean inside = o.start <= h.start && h.end <= o.end && (o.end - o.start) > (h.end - h.start);
            if (inside) return true;
        }
        return false;
    }

    private boolean negated(Tokens t, int start) {
        for (int k = start - 1; k >= Math.max(0, start - window) && t.sameClause(k, start); k--) {
            if (negations.contains(t.w(k))) return true;
        }
        return false;
    }
}
