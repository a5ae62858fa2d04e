package io.comptoir.understanding.signal;

import io.comptoir.understanding.Signal;
import io.comptoir.understanding.text.TextPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compiles the textual patterns of signals.yaml (see {@link SignalPattern} for the syntax). */
final class PatternCompiler {
    private final TextPipeline pipeline;
    private final Map<String, Set<String>> classes = new HashMap<>();
    private final Set<String> negations;

    PatternCompiler(TextPipeline pipeline, Map<String, List<String>> classes, Set<String> negations) {
        this.pipeline = pipeline;
        this.negations = negations;
        classes.forEach((name, words) -> {
            Set<String> folded = new HashSet<>();
            for (String w : words) folded.add(single(w, "class " + name));
            this.classes.put(name, folded);
        });
    }

    /** One pattern, or several when an alternative has several words ("feu_vert" stands for "feu vert"). */
    List<SignalPattern> compileAll(Signal signal, String source) {
        String[] parts = source.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].contains("_") || !parts[i].contains("|") && !parts[i].contains("_")) continue;
            List<SignalPattern> out = new ArrayList<>();
            String body = parts[i].endsWith("?") ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
            for (String alt : body.split("\\|")) {
                String[] copy = parts.clone();
                copy[i] = alt.replace('_', ' ');
                out.addAll(compileAll(signal, String.join(" ", copy)));
            }
            if (parts[i].endsWith("?")) {
                String[] copy = parts.clone();
                copy[i] = "";
                out.addAll(compileAll(signal, String.join(" ", copy)));
            }
            return out;
        }
        return List.of(compile(signal, source));
    }

    SignalPattern compile(Signal signal, String source) {
        String s = source.trim();
        boolean start = s.startsWith("^");
        boolean end = s.endsWith("$");
        if (start) s = s.substring(1).trim();
        if (end) s = s.substring(0, s.length() - 1).trim();
        List<SignalPattern.Element> elements = new ArrayList<>();
        boolean negation = false;
        StringBuilder literal = new StringBuilder();
        for (String raw : s.split("\\s+")) {
            if (raw.isEmpty()) continue;
            if (isPlain(raw)) { literal.append(raw).append(' '); continue; }
            negation |= flushLiteral(literal, elements);
            boolean optional = raw.length() > 1 && raw.endsWith("?");
            String body = optional ? raw.substring(0, raw.length() - 1) : raw;
            if (body.equals("*")) { elements.add(new SignalPattern.Element(Set.of(), List.of(), false, true, false)); continue; }
            if (body.equals("<num>")) { elements.add(new SignalPattern.Element(Set.of(), List.of(), true, false, optional)); continue; }
            Set<String> words = new HashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (String alt : body.split("\\|")) {
                if (alt.startsWith("@")) {
                    Set<String> c = classes.get(alt.substring(1));
                    if (c == null) throw new IllegalArgumentException("signals.yaml: unknown class " + alt + " in " + source);
                    words.addAll(c);
                } else if (alt.length() > 1 && alt.endsWith("*")) {
                    prefixes.add(single(alt.substring(0, alt.length() - 1), source));
                } else {
                    words.add(single(alt, source));
                }
            }
            for (String w : words) negation |= negations.contains(w) && !optional;
            elements.add(new SignalPattern.Element(Set.copyOf(words), List.copyOf(prefixes), false, false, optional));
        }
        negation |= flushLiteral(literal, elements);
        if (elements.isEmpty()) throw new IllegalArgumentException("signals.yaml: empty pattern for " + signal);
        return new SignalPattern(signal, source, List.copyOf(elements), start, end, negation);
    }

    private static boolean isPlain(String raw) {
        return !raw.endsWith("?") && !raw.contains("|") && !raw.startsWith("@") && !raw.endsWith("*")
                && !raw.equals("<num>");
    }

    /** Plain words are compiled together, so that "c est" stays "c est" (the lone SMS "c" means "c est"). */
    private boolean flushLiteral(StringBuilder literal, List<SignalPattern.Element> elements) {
        boolean negation = false;
        if (literal.length() == 0) return false;
        for (String w : pipeline.phrase(literal.toString().trim())) {
            negation |= negations.contains(w);
            elements.add(new SignalPattern.Element(Set.of(w), List.of(), false, false, false));
        }
        literal.setLength(0);
        return negation;
    }

    private String single(String word, String where) {
        String[] w = pipeline.phrase(word);
        if (w.length != 1) throw new IllegalArgumentException("signals.yaml: '" + word + "' is not one word in " + where);
        return w[0];
    }
}
