package io.comptoir.engine;

import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import io.comptoir.knowledge.FaqResult;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Signal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one client message in its context (pending question, filled answers, stage) into dialogue acts. It
 * changes nothing: the engine carries the acts out. Precedence, as docs/engine.md states it:
 * <ol>
 *   <li>the pending question is read first, and it alone accepts bare answers (a number, "oui", free text);</li>
 *   <li>a filled answer changes only through a correction: a correction marker, or the topic restated;</li>
 *   <li>question clauses are questions: they are answered from the FAQ and never choose an option or answer a
 *       free-text question, while the rest of the message still answers;</li>
 *   <li>an option named in a hypothetical ("si je m'engage") or on the rejected side of a contrast ("la muscu
 *       plutôt que les cours") is not chosen.</li>
 * </ol>
 */
final class MessageReader {
    /** No correction in the message (a marker position is -1 when only the correction signal says so). */
    private static final int NO_CORRECTION = Integer.MIN_VALUE;
    private final Kit kit;
    private final Reading reading;
    /** Built once per bot: this runs on every message. */
    private final java.util.regex.Pattern hypotheses;
    private final List<String> hypothesisWords;
    private final List<String> preferredBefore, negativeOutcome;

    MessageReader(Kit kit, Reading reading) {
        this.kit = kit;
        this.reading = reading;
        this.hypothesisWords = kit.texts.list("hypothesis_words").stream().map(Texts::fold).toList();
        this.hypotheses = java.util.regex.Pattern.compile("(?iu)(^|[\\s,])(?:" + String.join("|", kit.texts.list("hypothesis_words")
                .stream().map(java.util.regex.Pattern::quote).toList()) + ")\\s[^,.;!?]*");
        this.preferredBefore = kit.texts.list("contrast_preferred_before");
        this.negativeOutcome = kit.texts.list("negative_outcome");
    }

    List<DialogueAct> read(Draft d, Analysis a, String text) {
        List<DialogueAct> acts = new ArrayList<>();
        if (reading.isInjection(text)) acts.add(new DialogueAct.Injection(text));
        if (a.has(Signal.HUMAN_REQUEST) || text.equalsIgnoreCase(kit.pick(d, "btn_human"))) acts.add(new DialogueAct.RequestHuman(text));
        if (a.has(Signal.COMPLAINT)) acts.add(new DialogueAct.Complain(text));
        a.first(Entity.Email.class).ifPresent(e -> acts.add(new DialogueAct.GiveContact("email", e.value(), e.text())));
        a.first(Entity.Phone.class).ifPresent(p -> acts.add(new DialogueAct.GiveContact("phone", p.value(), p.text())));
        Clauses clauses = Clauses.of(text, kit.texts);
        // a correction marker ("finalement", "en fait", "plutôt", "actually", "I meant") or the correction signal
        int marker = Reading.lastMarker(text, kit.texts);
        boolean correcting = marker >= 0 || a.has(Signal.CORRECTION);
        List<DialogueAct> slots = slots(d, a, text, clauses, correcting ? marker : NO_CORRECTION);
        acts.addAll(slots);
        for (String q : clauses.questions()) {
            if (answeredBy(q, slots)) continue;
            acts.add(new DialogueAct.AskKnowledge(q, q, knowledge(d, q, a, slots)));
        }
        polarity(d, a, text, acts);
        Question pending = kit.pendingQuestion(d);
        boolean pendingSet = pending != null && slots.stream().anyMatch(s -> pending.id().equals(question(s)));
        if (a.has(Signal.HESITATION)) {
            acts.add(new DialogueAct.Hesitate(text));
            if (pending != null && !pendingSet && d.stage == Stage.INTAKE) acts.add(new DialogueAct.DontKnow(pending.id(), text));
        }
        if (Reading.smallTalk(a, text)) acts.add(new DialogueAct.ChitChat(text));
        if (a.has(Signal.GOODBYE)) acts.add(new DialogueAct.Goodbye(text));
        if (!inScope(d, a, text, clauses, slots, correcting)) acts.add(new DialogueAct.CannotHandle(text));
        return acts;
    }

    static String question(DialogueAct act) {
        if (act instanceof DialogueAct.SetSlot s) return s.question();
        if (act instanceof DialogueAct.CorrectSlot c) return c.question();
        return null;
    }

    /** "euh, jeudi 3 décembre ?": a question clause that is only the answer given is no question to the FAQ. */
    private static boolean answeredBy(String clause, List<DialogueAct> slots) {
        String rest = clause;
        for (DialogueAct s : slots) {
            Answer v = s instanceof DialogueAct.SetSlot set ? set.value() : s instanceof DialogueAct.CorrectSlot c ? c.to() : null;
            if (v != null && v.quote() != null && !v.quote().isBlank() && !(v instanceof Answer.Choice)) rest = rest.replace(v.quote(), " ");
        }
        return !rest.equals(clause) && Reading.words(rest) < 3;
    }

    /** The FAQ's answer to a question clause; a short one ("c'est combien ?") is read with the need it is about. */
    private FaqResult knowledge(Draft d, String query, Analysis a, List<DialogueAct> slots) {
        // a question outside the offer never gets an unrelated FAQ entry, however close its words
        if (!kit.ports.scope().inScope(query, a)) return new FaqResult.NotFound(0, List.of());
        FaqResult r = kit.ports.faq().ask(query);
        if (r instanceof FaqResult.Answered || Reading.words(query) > 6) return r;
        Question need = Scorer.needQuestion(kit.bot);
        if (need == null) return r;
        // the need named in this very message, else the one already given
        Answer chosen = slots.stream().filter(s -> s instanceof DialogueAct.SetSlot set && set.question().equals(need.id()))
                .map(s -> ((DialogueAct.SetSlot) s).value()).findFirst().orElse(d.answers.get(need.id()));
        if (chosen instanceof Answer.Choice c) {
            FaqResult again = kit.ports.faq().ask(query + " " + c.label());
            if (again instanceof FaqResult.Answered) return again;
        }
        return r;
    }

    /** Yes and no in one message ("yes I checked, but it didn't help"): the last clause wins. */
    private void polarity(Draft d, Analysis a, String text, List<DialogueAct> acts) {
        boolean yes = a.has(Signal.AFFIRM), no = a.has(Signal.DENY);
        if (yes && no) {
            String last = lastClause(text);
            if (!last.equals(text)) {
                Analysis tail = reading.analyze(last, d.at);
                if (tail.has(Signal.DENY) || negativeOutcome.stream().anyMatch(Texts.fold(last)::contains)) yes = false;
                else if (tail.has(Signal.AFFIRM)) no = false;
            }
        } else if (yes && negativeOutcome.stream().anyMatch(Texts.fold(lastClause(text))::contains)) {
            yes = false;
            no = true;
        }
        if (yes) acts.add(new DialogueAct.Affirm(text));
        if (no) acts.add(new DialogueAct.Deny(text));
    }

    private String lastClause(String text) {
        String f = Texts.fold(text);
        int cut = -1;
        for (String m : kit.texts.list("contrast_words")) {
            int i = f.lastIndexOf(m);
            if (i > cut) cut = i;
        }
        return cut <= 0 ? text : text.substring(Math.min(cut, text.length())).trim();
    }

    private boolean inScope(Draft d, Analysis a, String text, Clauses clauses, List<DialogueAct> slots, boolean correcting) {
        Question asked = kit.pendingQuestion(d);
        // a value read is in scope whatever else is said; the cleaner drops the refusal then anyway
        return !slots.isEmpty() || Reading.answerLike(a) || (asked != null && Reading.words(text) <= 2 && !clauses.hasQuestion())
                || correcting || kit.ports.scope().inScope(text, a);
    }

    /**
     * Every question that applies is searched, in bot order, against a tentative copy of the answers (so that a
     * condition met by this very message is honoured).
     */
    private List<DialogueAct> slots(Draft d, Analysis a, String text, Clauses clauses, int marker) {
        boolean correcting = marker != NO_CORRECTION;
        List<DialogueAct> acts = new ArrayList<>();
        Map<String, Answer> answers = new LinkedHashMap<>(d.answers);
        Analysis ordered = correcting ? afterMarker(a, text, marker) : exactDayFirst(a);
        String choiceText = chosenSide(withoutHypothesis(text));
        String statement = clauses.statement();
        LocalDate today = LocalDate.ofInstant(d.at, ZoneOffset.UTC);
        Question deferred = null;
        List<DialogueAct> clarify = new ArrayList<>(1);
        for (Question q : kit.bot.questions()) {
            if (!applicable(q, answers)) continue;
            boolean asked = q.id().equals(d.pending) && d.stage == Stage.INTAKE;
            // "en fait non, plutôt un site vitrine": the "non" corrects another answer, it does not answer this one
            if (asked && q.type() == SlotType.YES_NO && correcting && deferred == null) {
                deferred = q;
                continue;
            }
            Analysis evidence = asked || !clauses.hasQuestion() ? ordered : statementOnly(ordered, statement);
            // a question asked again after an unclear answer or a question back ("plutôt X ou Y ?") is not clarified twice
            boolean clarifying = asked && d.unclear.containsKey(q.id());
            readOne(q, evidence, q.type() == SlotType.CHOICE ? choiceText : q.type() == SlotType.TEXT ? statement : text,
                    text, asked, correcting, clarifying, answers, today, clarify).ifPresent(acts::add);
        }
        if (deferred != null && acts.isEmpty()) {
            readOne(deferred, a, text, text, true, false, true, answers, today, clarify).ifPresent(acts::add);
        }
        acts.addAll(clarify);
        if (correcting && acts.isEmpty()) bareCorrection(d, text, marker, answers, today).ifPresent(acts::add);
        richDescription(d, text, answers, acts);
        factualText(d, clauses, answers, acts);
        dropConsumedText(d, text, acts);
        hesitantText(d, a, statement, acts);
        return acts;
    }

    private Optional<DialogueAct> readOne(Question q, Analysis a, String readText, String text, boolean asked,
                                          boolean correcting, boolean clarifying, Map<String, Answer> answers, LocalDate today,
                                          List<DialogueAct> clarify) {
        boolean mayClarify = asked && !correcting && !clarifying;
        Answer prev = answers.get(q.id());
        Optional<Answer> read;
        if (readText.isBlank()) read = Optional.empty();
        else if (q.type() == SlotType.CHOICE && asked) {
            List<Answer.Choice> named = kit.reader.options(q, readText);
            read = kit.reader.pick(named, prev);
            // "un site vitrine ou une boutique, je sais pas": two options named, none preferred. The best one is
            // kept for now and the bot asks which one; a reply that names neither leaves it as it is.
            if (mayClarify && (prev == null || !prev.known()) && distinct(named)) {
                Answer.Choice best = named.get(0);
                Answer v = new Answer.Choice(best.id(), best.label(), Formats.shorten(text, 300));
                answers.put(q.id(), v);
                clarify.add(new DialogueAct.Clarify(q.id(), named.stream().map(Answer.Choice::label).toList(), text));
                return Optional.of(new DialogueAct.SetSlot(q.id(), v, v.quote()));
            }
            // the reply to that question: a filled question is asked again only then, and its answer is no change of mind
            if (clarifying && prev != null && prev.known() && read.isPresent()) prev = null;
        } else read = kit.reader.read(q, a, readText, asked, prev, today);
        if (read.isEmpty()) return Optional.empty();
        Answer v = read.get() instanceof Answer.Choice c ? new Answer.Choice(c.id(), c.label(), Formats.shorten(text, 300)) : read.get();
        if (prev == null || !prev.known()) {
            answers.put(q.id(), v);
            return Optional.of(new DialogueAct.SetSlot(q.id(), v, v.quote()));
        }
        if (!SlotReader.same(prev, v) && (asked || correcting || restates(q, text))) {
            answers.put(q.id(), v);
            return Optional.of(new DialogueAct.CorrectSlot(q.id(), prev, v, v.quote()));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])\\d[\\d ,.\u00a0\u202f]*\\d(?:\\s?k(?![\\p{L}]))?|(?<![\\p{L}\\d])\\d(?:\\s?k(?![\\p{L}]))?");

    /**
     * "sorry, I meant 6,000" while another question is asked: a bare figure in a correction corrects the amount or
     * count answered last (the one just before the question asked, in the bot's order).
     */
    private Optional<DialogueAct> bareCorrection(Draft d, String text, int marker, Map<String, Answer> answers, LocalDate today) {
        java.util.regex.Matcher m = FIGURE.matcher(marker >= 0 ? text.substring(marker) : text);
        if (!m.find()) return Optional.empty();
        String figure = m.group().trim();
        Question target = null;
        for (Question q : kit.bot.questions()) {
            if (q.id().equals(d.pending)) break;
            Answer prev = answers.get(q.id());
            if ((q.type() == SlotType.MONEY || q.type() == SlotType.HEADCOUNT) && prev != null && prev.known()) target = q;
        }
        if (target == null) return Optional.empty();
        Answer prev = answers.get(target.id());
        Optional<Answer> v = kit.reader.read(target, Analysis.empty(kit.bot.language(), figure), figure, true, prev, today);
        if (v.isEmpty() || SlotReader.same(prev, v.get())) return Optional.empty();
        answers.put(target.id(), v.get());
        return Optional.of(new DialogueAct.CorrectSlot(target.id(), prev, v.get(), figure));
    }

    /** At least two options named by different words (not one inside the other, as "boutique" in "boutique en ligne"). */
    private static boolean distinct(List<Answer.Choice> named) {
        if (named.size() < 2) return false;
        String x = Texts.fold(named.get(0).quote()), y = Texts.fold(named.get(1).quote());
        return !x.contains(y) && !y.contains(x);
    }

    /** "mon budget c'est plutôt 500": the message names the question's topic (its label or id). */
    private static boolean restates(Question q, String text) {
        String f = Texts.fold(text);
        String label = q.label() == null ? null : Texts.fold(q.label());
        return containsWord(f, Texts.fold(q.id()).replace('_', ' ')) || label != null && label.length() >= 4 && f.contains(label);
    }

    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !isWordChar(text.charAt(i - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) return true;
        }
        return false;
    }

    /** What {@code \b} counts as a word character. */
    private static boolean isWordChar(char c) { return Character.isLetterOrDigit(c) || c == '_'; }

    private boolean applicable(Question q, Map<String, Answer> answers) {
        return q.condition() == null || CtaChooser.matches(q.condition(), answers.get(q.condition().questionId()));
    }

    /** In a correction, the value after the last marker is the new one ("jeudi je peux pas, plutôt le mardi 8"). */
    private static Analysis afterMarker(Analysis a, String text, int marker) {
        if (marker < 0 || a.entities().size() < 2) return a;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<Entity> sorted = new ArrayList<>(a.entities());
        sorted.sort(Comparator.comparingInt(e -> {
            int at = lower.lastIndexOf(e.text().toLowerCase(java.util.Locale.ROOT));
            return at >= marker ? 0 : 1;
        }));
        return new Analysis(a.language(), a.text(), sorted, a.signals());
    }

    /**
     * "notre soirée de fin d'année le jeudi 17 décembre": a day written with its number is the date meant, before a
     * period named in passing.
     */
    private static Analysis exactDayFirst(Analysis a) {
        List<Entity.Date> dates = a.all(Entity.Date.class);
        if (dates.size() < 2 || hasDigit(dates.get(0).text())) return a;
        List<Entity> sorted = new ArrayList<>(a.entities());
        sorted.sort(Comparator.comparingInt(e -> e instanceof Entity.Date d && hasDigit(d.text()) ? 0 : 1));
        return new Analysis(a.language(), a.text(), sorted, a.signals());
    }

    private static boolean hasDigit(String s) { return s.chars().anyMatch(Character::isDigit); }

    /** "si je m'engage" names an option without choosing it: hypothetical sub-clauses are not read for options. */
    private String withoutHypothesis(String text) {
        String f = Texts.fold(text);
        if (hypothesisWords.stream().noneMatch(f::contains)) return text; // the pattern is costly, most messages have none
        String out = hypotheses.matcher(text).replaceAll("$1");
        return out.isBlank() ? text : out;
    }

    /** "la muscu plutôt que les cours": only the preferred side names the option. */
    private String chosenSide(String text) {
        String f = Texts.fold(text);
        for (String m : preferredBefore) {
            for (int i = f.indexOf(m); i >= 0; i = f.indexOf(m, i + 1)) {
                if (i > 0 && i + m.length() < f.length() && f.charAt(i + m.length()) == ' ') return text.substring(0, i);
            }
        }
        return text;
    }

    /**
     * A message that already named something and tells the story ("I can't log in, the reset email never
     * arrives") also answers a description question (one that asks to describe or explain), so the client need
     * not describe it twice. A factual free-text question (the vehicle, the city) waits for its own answer.
     */
    private void richDescription(Draft d, String text, Map<String, Answer> answers, List<DialogueAct> acts) {
        if (acts.isEmpty() || Reading.words(text) < 8) return;
        for (Question q : kit.bot.questions()) {
            if (q.type() == SlotType.TEXT && applicable(q, answers) && !answers.containsKey(q.id())
                    && !q.id().equals(d.pending) && kit.describes(q)) {
                Answer v = new Answer.Text(Formats.shorten(text.trim(), 500), text);
                answers.put(q.id(), v);
                acts.add(new DialogueAct.SetSlot(q.id(), v, text));
                return;
            }
        }
    }

    /** "vous êtes ouverts le dimanche ?": a value inside a question does not answer a question that was not asked. */
    private static Analysis statementOnly(Analysis a, String statement) {
        String lower = statement.toLowerCase(java.util.Locale.ROOT);
        List<Entity> kept = a.entities().stream().filter(e -> lower.contains(e.text().toLowerCase(java.util.Locale.ROOT))).toList();
        return kept.size() == a.entities().size() ? a : new Analysis(a.language(), a.text(), kept, a.signals());
    }

    /**
     * A factual free-text question (the vehicle, the city) that was not asked is filled from a clause that looks
     * like the author's examples for it ("ma Toyota Yaris de 2021" for "Peugeot 208 de 2017"): a word in common,
     * or a year where the examples give one.
     */
    private void factualText(Draft d, Clauses clauses, Map<String, Answer> answers, List<DialogueAct> acts) {
        if (acts.isEmpty()) return;
        for (Question q : kit.bot.questions()) {
            if (q.type() != SlotType.TEXT || kit.describes(q) || q.examples().isEmpty() || answers.containsKey(q.id())
                    || q.id().equals(d.pending) || !applicable(q, answers)) continue;
            for (String clause : clauses.statement().split("[,.;!]")) {
                if (Reading.words(clause) >= 2 && resembles(clause, q.examples())) {
                    Answer v = new Answer.Text(Formats.shorten(clause.trim(), 500), clause.trim());
                    answers.put(q.id(), v);
                    acts.add(new DialogueAct.SetSlot(q.id(), v, clause.trim()));
                    break;
                }
            }
        }
    }

    private boolean resembles(String clause, List<String> examples) {
        java.util.Set<String> words = contentWords(clause);
        boolean year = YEAR.matcher(clause).find();
        for (String e : examples) {
            if (contentWords(e).stream().anyMatch(words::contains)) return true;
            if (year && YEAR.matcher(e).find()) return true;
        }
        return false;
    }

    private java.util.Set<String> contentWords(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<String> stop = kit.texts.list("example_stop_words");
        for (String w : Texts.fold(text).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 3 && !stop.contains(w)) out.add(w);
        return out;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");

    /**
     * "le vendredi 4 décembre" while the vehicle is asked: the message answers another question (its value covers
     * the message), so it is not the free-text answer.
     */
    private void dropConsumedText(Draft d, String text, List<DialogueAct> acts) {
        DialogueAct textAct = null;
        String rest = text;
        for (DialogueAct act : acts) {
            if (act instanceof DialogueAct.SetSlot s && s.value() instanceof Answer.Text && s.question().equals(d.pending)) textAct = act;
            else if (act instanceof DialogueAct.SetSlot s && s.value().quote() != null && !(s.value() instanceof Answer.Choice)) rest = rest.replace(s.value().quote(), " ");
            else if (act instanceof DialogueAct.CorrectSlot c && c.to().quote() != null) rest = rest.replace(c.to().quote(), " ");
        }
        if (textAct == null || rest.equals(text)) return;
        Question q = kit.bot.question(d.pending).orElseThrow();
        int left = Reading.words(rest.replaceAll("[\\p{P}]", " "));
        if (left <= 2 || left <= 4 && !q.examples().isEmpty() && !resembles(rest, q.examples())) acts.remove(textAct);
    }

    /**
     * "jsp le modèle exact, une golf grise": a hesitation around a real answer still answers the free-text
     * question asked (a clause beside the hesitation, or words like the author's examples).
     */
    private void hesitantText(Draft d, Analysis a, String statement, List<DialogueAct> acts) {
        Question q = kit.pendingQuestion(d);
        if (q == null || q.type() != SlotType.TEXT || d.stage != Stage.INTAKE || !a.has(Signal.HESITATION)
                || acts.stream().anyMatch(x -> q.id().equals(question(x)))) return;
        boolean clause = statement.contains(",") && Reading.words(statement) >= 5;
        if (clause || !q.examples().isEmpty() && resembles(statement, q.examples())) {
            acts.add(new DialogueAct.SetSlot(q.id(), new Answer.Text(Formats.shorten(statement.trim(), 500), statement), statement));
        }
    }
}
