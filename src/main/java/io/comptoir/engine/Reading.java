package io.comptoir.engine;

import io.comptoir.bot.CtaRule;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Signal;
import io.comptoir.understanding.UnderstandingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one client message for the engine: cleans it, asks the understanding layer, turns its signals into the
 * indicators (each with the client's words) and picks up contact details, whatever the stage.
 */
final class Reading {
    /** Longer messages are read up to this length: enough for any real answer, bounded cost for junk. */
    static final int MAX_READ = 2000;
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Map<String, String> OBJECTIONS = Map.of("OBJECTION_PRICE", "price",
            "OBJECTION_TIMING", "timing", "OBJECTION_COMPETITOR", "competitor", "OBJECTION_NEED", "need",
            "OBJECTION_TRUST", "trust");
    private final Kit kit;

    Reading(Kit kit) { this.kit = kit; }

    /** An e-mail or phone number given before the call to action is kept for it (never asked twice). */
    static void keepContact(Draft d, Analysis a) {
        a.first(Entity.Email.class).ifPresent(e -> d.contact = d.contact.withEmail(e.value()));
        a.first(Entity.Phone.class).ifPresent(p -> d.contact = d.contact.withPhone(p.value()));
    }

    /** Takes every contact detail the message gives; the pending name or company accepts a short plain answer. */
    boolean collectContact(Draft d, Analysis a, String text) {
        Contact before = d.contact;
        a.first(Entity.Email.class).ifPresent(e -> d.contact = d.contact.withEmail(e.value()));
        a.first(Entity.Phone.class).ifPresent(p -> d.contact = d.contact.withPhone(p.value()));
        if (d.cta != null && Kit.isContact(d.pending) && before.equals(d.contact)) {
            String field = d.pending.substring("contact:".length());
            String plain = plainName(text, a);
            String[] nameAndCompany = splitCompany(text.trim());
            if (nameAndCompany != null && field.equals("NAME") && plainName(nameAndCompany[0], a) != null) {
                // "Sandrine Colin, SARL Colin Bâtiment": the person's name, and the company beside it
                plain = plainName(nameAndCompany[0], a);
                if (d.contact.company() == null) d.contact = d.contact.withCompany(nameAndCompany[1].replaceAll("[.!]+$", ""));
            }
            if (plain != null && field.equals("NAME")) d.contact = d.contact.withName(plain);
            if (plain != null && field.equals("COMPANY")) d.contact = d.contact.withCompany(plain);
        }
        if (d.cta != null) {
            List<CtaRule.ContactField> missing = new ArrayList<>();
            for (CtaRule.ContactField f : d.cta.missing()) if (Finish.value(d.contact, f) == null) missing.add(f);
            CtaProgress c = d.cta;
            d.cta = new CtaProgress(c.type(), c.status(), c.ruleIndex(), missing, c.details(), c.invalidAttempts());
        }
        return !before.equals(d.contact);
    }

    /**
     * A short plain answer that looks like a name or a company: politeness around it ("Marie Dupont, merci") is
     * dropped, and a message that is only thanks, goodbye, yes/no or hesitation ("merci au revoir") is no name.
     */
    private String plainName(String text, Analysis a) {
        if (a.has(Signal.DENY) || a.has(Signal.HESITATION)) return null;
        String t = text.trim();
        for (String prefix : kit.texts.list("name_prefixes")) {
            if (Texts.fold(t).startsWith(prefix)) t = t.substring(prefix.length()).trim();
        }
        t = stripCourtesy(t.replaceAll("[.!]+$", "").trim());
        long words = words(t);
        return words >= 1 && words <= 6 && t.length() <= 80 && t.codePoints().anyMatch(Character::isLetter)
                && t.codePoints().noneMatch(Character::isDigit) && !isQuestion(t) ? t : null;
    }

    /** A name followed by a company with a legal form ("…, SARL Dupont"), split in two; null when there is none. */
    private String[] splitCompany(String plain) {
        int comma = plain.indexOf(',');
        String[] parts = comma > 0 ? new String[] {plain.substring(0, comma).trim(), plain.substring(comma + 1).trim()} : null;
        if (parts == null || parts[0].isEmpty() || parts[1].isEmpty()) return null;
        List<String> forms = kit.texts.list("company_forms");
        for (String w : Texts.fold(parts[1]).split("[^\\p{L}]+")) if (forms.contains(w)) return parts;
        return null;
    }

    /** Drops courtesy words ("merci", "au revoir", "ok") at both ends of a short answer; a sentence ("je préfère pas") is no name. */
    private String stripCourtesy(String t) {
        List<String> courtesy = kit.texts.list("not_name_words");
        List<String> tokens = new ArrayList<>(List.of(t.split("[\\s,;:!.]+")));
        tokens.removeIf(String::isEmpty);
        while (!tokens.isEmpty() && courtesy.contains(Texts.fold(tokens.get(0)))) tokens.remove(0);
        while (!tokens.isEmpty() && courtesy.contains(Texts.fold(tokens.get(tokens.size() - 1)))) tokens.remove(tokens.size() - 1);
        List<String> sentence = kit.texts.list("not_name_tokens");
        if (tokens.stream().anyMatch(w -> sentence.contains(Texts.fold(w)))) return "";
        return String.join(" ", tokens);
    }

    void indicators(Draft d, Analysis a, String text, Acts acts) {
        String quote = Formats.shorten(text, 200);
        Indicators i = d.indicators;
        String urgency = i.urgency(), urgencyQuote = i.urgencyQuote(), dm = i.decisionMaker(), dmQuote = i.decisionQuote();
        if (a.has(Signal.URGENT)) {
            if (!"high".equals(urgency)) d.reactions.add("react_urgent");
            urgency = "high";
            urgencyQuote = quote;
        }
        else if ("unknown".equals(urgency) && kit.texts.list("not_urgent_cues").stream().anyMatch(Texts.fold(text)::contains)) {
            urgency = "low"; // "pas pressé", "no rush": said by the client, so the team knows it can plan
            urgencyQuote = quote;
        }
        if (a.has(Signal.NOT_DECISION_MAKER)) { dm = "no"; dmQuote = quote; }
        else if (a.has(Signal.DECISION_MAKER)) { dm = "yes"; dmQuote = quote; }
        List<Objection> objections = new ArrayList<>(i.objections());
        // "pas besoin de boutique, juste un site vitrine": choosing among the options is no doubt about the need
        boolean chose = acts.slots().stream().anyMatch(x -> x instanceof DialogueAct.SetSlot set && set.value() instanceof Answer.Choice
                || x instanceof DialogueAct.CorrectSlot c && c.to() instanceof Answer.Choice);
        // "Q1 next year" to "when would you like to start?" is the date asked for, not a wish to put it off
        io.comptoir.bot.Question asked = d.stage == Stage.INTAKE ? kit.pendingQuestion(d) : null;
        boolean dated = asked != null && asked.type() == io.comptoir.bot.SlotType.DATE
                && acts.slots().stream().anyMatch(x -> asked.id().equals(MessageReader.question(x)));
        for (Signal s : Signal.values()) {
            String type = OBJECTIONS.get(s.name());
            if (type != null && a.has(s) && !(chose && s == Signal.OBJECTION_NEED) && !(dated && s == Signal.OBJECTION_TIMING) && objections.stream().noneMatch(o -> o.type().equals(type) && o.quote().equals(quote))) {
                objections.add(new Objection(type, quote));
                d.reactions.add("react_objection_" + type);
            }
        }
        if (a.has(Signal.HESITATION)) d.flag("hesitant");
        d.indicators = new Indicators(urgency, urgencyQuote, dm, dmQuote, objections);
    }

    Analysis analyze(String text, Instant at) { return analyze(text, at, null); }

    /** @param d the conversation, whose pending question tells what a bare number means (null: nothing expected) */
    Analysis analyze(String text, Instant at, Draft d) {
        LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
        String region = kit.bot.phoneRegion() == null ? kit.bot.language().defaultRegion() : kit.bot.phoneRegion();
        io.comptoir.bot.Question asked = d == null || d.stage != Stage.INTAKE ? null : kit.pendingQuestion(d);
        UnderstandingContext.Expected expected = asked != null && asked.type() == io.comptoir.bot.SlotType.HEADCOUNT
                ? UnderstandingContext.Expected.COUNT : UnderstandingContext.Expected.ANYTHING;
        return kit.ports.understander().analyze(text, new UnderstandingContext(kit.bot.language(), today, region, expected));
    }

    /** Control characters become spaces; very long messages are read up to {@link #MAX_READ} characters. */
    static String clean(String raw) {
        if (raw == null) return "";
        if (plain(raw)) return raw;
        String t = raw.length() > MAX_READ * 2 ? raw.substring(0, MAX_READ * 2) : raw;
        t = SPACES.matcher(CONTROL.matcher(t).replaceAll(" ")).replaceAll(" ").trim();
        if (t.length() > MAX_READ) {
            int cut = t.lastIndexOf(' ', MAX_READ);
            t = t.substring(0, cut > MAX_READ / 2 ? cut : MAX_READ);
        }
        return t;
    }

    /** Already clean: short, single spaces only, no control char, nothing to trim (most messages). */
    private static boolean plain(String t) {
        if (t.length() > MAX_READ || t.isEmpty() || t.charAt(0) == ' ' || t.charAt(t.length() - 1) == ' ') return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 || c == ' ' && t.charAt(i - 1) == ' ' || c >= 0x7f && (Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c))) return false;
        }
        return true;
    }

    boolean isQuestion(String text) {
        return text.contains("?") || startsAsQuestion(text, kit.texts);
    }

    /** "combien coûte…", "est-ce que…": a sentence that opens with an interrogative word. */
    static boolean startsAsQuestion(String text, Texts texts) {
        String f = Texts.fold(text);
        for (String w : texts.list("interrogatives")) {
            if (f.startsWith(w) && (f.length() == w.length() || f.charAt(w.length()) == ' ')) return true;
        }
        return false;
    }

    boolean isInjection(String text) {
        String f = Texts.fold(text);
        return kit.texts.list("injection_markers").stream().anyMatch(f::contains);
    }

    /** "bof", "oui", "non", "aucune idée": an answer to the question asked (vague or not), never off-topic. */
    static boolean answerLike(Analysis a) {
        return a.has(Signal.HESITATION) || a.has(Signal.AFFIRM) || a.has(Signal.DENY);
    }

    /** Where the last correction marker of the message starts (on whole words), or -1. */
    static int lastMarker(String text, Texts texts) {
        String f = Texts.fold(text);
        int best = -1;
        for (String m : texts.list("correction_markers")) {
            for (int i = f.lastIndexOf(m); i > best; i = i == 0 ? -1 : f.lastIndexOf(m, i - 1)) {
                int end = i + m.length();
                if ((i == 0 || !wordChar(f.charAt(i - 1))) && (end == f.length() || !wordChar(f.charAt(end)))) { best = i; break; }
            }
        }
        return best < 0 ? -1 : Math.min(best, text.length());
    }

    /** Letters, digits and the apostrophe make words ("l'", "aujourd'hui"); anything else separates them. */
    private static boolean wordChar(char c) { return Character.isLetterOrDigit(c) || c == '\''; }

    static boolean smallTalk(Analysis a, String text) {
        return (a.has(Signal.GREETING) || a.has(Signal.THANKS)) && !a.has(Signal.HESITATION) && words(text) <= 4;
    }

    /** Counts words without a regex (this runs on every message). */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }
}
