package io.comptoir.engine;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.bot.SlotType;
import java.util.ArrayList;
import java.util.List;

/** What every part of the engine shares for one bot: its definition, ports, wording and formats. */
final class Kit {
    final BotDefinition bot;
    final EnginePorts ports;
    final Texts texts;
    final Formats fmt;
    final SlotReader reader;
    /** Ids of the description questions, found once from their wording ({@code description_cues}). */
    private final java.util.Set<String> describing;

    Kit(BotDefinition bot, EnginePorts ports) {
        this.bot = bot;
        this.ports = ports;
        this.texts = Texts.of(bot.language());
        this.fmt = Formats.of(bot.language());
        this.reader = new SlotReader(ports.matcher(), bot.language(), texts.list("default_currency").get(0));
        List<String> cues = texts.list("description_cues");
        this.describing = java.util.Set.copyOf(bot.questions().stream().filter(q -> q.type() == SlotType.TEXT
                && q.phrasings().stream().map(Texts::fold).anyMatch(p -> cues.stream().anyMatch(p::contains)))
                .map(Question::id).toList());
    }

    String pick(Draft d, String key, String... args) { return texts.pick(key, d.turn, args); }

    /** A question applies when it has no condition or an earlier answer satisfies it. */
    boolean applicable(Question q, Draft d) {
        return q.condition() == null || CtaChooser.matches(q.condition(), d.answers.get(q.condition().questionId()));
    }

    Question nextQuestion(Draft d) {
        for (Question q : bot.questions()) {
            if (applicable(q, d) && !d.answers.containsKey(q.id())) return q;
        }
        return null;
    }

    Question pendingQuestion(Draft d) {
        return d.pending == null ? null : bot.question(d.pending).orElse(null);
    }

    /** Quick replies for a question: its options, yes/no, or the author's examples once the client hesitated. */
    List<String> buttons(Question q, boolean withExamples) {
        List<String> b = new ArrayList<>();
        if (q.type() == SlotType.CHOICE) q.options().forEach(o -> b.add(o.label()));
        else if (q.type() == SlotType.YES_NO) {
            b.add(texts.pick("btn_yes", 0));
            b.add(texts.pick("btn_no", 0));
        } else if (withExamples) b.addAll(q.examples());
        return b;
    }

    /** Asks a question; a question asked for the first time is an event for the per-question funnel. */
    void ask(Draft d, Question q, int phrasing) {
        d.say(q.phrasings().get(Math.floorMod(phrasing, q.phrasings().size())));
        d.buttons.clear();
        d.buttons.addAll(buttons(q, false));
        if (!q.id().equals(d.pending)) d.emit(new ConversationEvent.QuestionAsked(d.at, q.id()));
        d.pending = q.id();
    }

    /** A free-text question that asks the client to describe or explain (the story), not for one fact. */
    boolean describes(Question q) { return describing.contains(q.id()); }

    static boolean isContact(String pending) { return pending != null && pending.startsWith("contact:"); }
}
