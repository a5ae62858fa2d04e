package io.comptoir.engine;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.Question;
import io.comptoir.bot.Scoring;
import io.comptoir.bot.SlotType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Qualification from bot.yaml scoring: points per indicator, summed, clamped to 0-100, compared with the
 * thresholds. Urgency comes from the client's words first, else from how close the stated deadline is.
 */
public final class Scorer {
    private Scorer() {}

    /** A score and its status: sql, mql, unqualified or out_of_scope. */
    public record Qualification(int score, String status) {}

    public static Qualification qualify(BotDefinition bot, ConversationState s) {
        Scoring sc = bot.scoring() == null ? Scoring.DEFAULT : bot.scoring();
        int score = 0;
        if (known(s, needQuestion(bot))) score += sc.points("need");
        if (anyKnown(bot, s, SlotType.MONEY)) score += sc.points("budget");
        if ("yes".equals(s.indicators().decisionMaker())) score += sc.points("decision_maker");
        String urgency = urgency(bot, s);
        if (urgency.equals("high")) score += sc.points("urgency_high");
        if (urgency.equals("medium")) score += sc.points("urgency_medium");
        if (anyKnown(bot, s, SlotType.DATE)) score += sc.points("deadline");
        if (anyKnown(bot, s, SlotType.HEADCOUNT)) score += sc.points("headcount");
        if (s.contact().email() != null || s.contact().phone() != null) score += sc.points("contact");
        score += sc.points("objection") * s.indicators().objections().size();
        score = Math.max(0, Math.min(100, score));
        boolean nothingKnown = s.answers().values().stream().noneMatch(Answer::known);
        String status = s.hasFlag("out_of_scope") && nothingKnown ? "out_of_scope"
                : score >= sc.sqlThreshold() ? "sql" : score >= sc.mqlThreshold() ? "mql" : "unqualified";
        return new Qualification(score, status);
    }

    /** high, medium, low or unknown. */
    public static String urgency(BotDefinition bot, ConversationState s) {
        if (!"unknown".equals(s.indicators().urgency())) return s.indicators().urgency();
        Question asked = bot.question("urgency").filter(q -> q.type() == SlotType.CHOICE).orElse(null);
        if (asked != null && s.answers().get(asked.id()) instanceof Answer.Choice c) {
            // convention: a choice question "urgency" lists its options from most to least urgent
            int i = asked.options().indexOf(asked.option(c.id()).orElse(null));
            if (i >= 0) return i == 0 ? "high" : i == 1 ? "medium" : "low";
        }
        LocalDate today = LocalDate.ofInstant(s.lastAt(), ZoneOffset.UTC);
        for (Question q : bot.questions()) {
            if (q.type() == SlotType.DATE && s.answers().get(q.id()) instanceof Answer.Date d) {
                long days = ChronoUnit.DAYS.between(today, d.value());
                return days <= 30 ? "high" : days <= 90 ? "medium" : "low";
            }
        }
        return "unknown";
    }

    /** The question that states the need: the one with id "need", else the first question. */
    public static Question needQuestion(BotDefinition bot) {
        return bot.question("need").orElse(bot.questions().get(0));
    }

    private static boolean known(ConversationState s, Question q) {
        return s.answer(q.id()).map(Answer::known).orElse(false);
    }

    private static boolean anyKnown(BotDefinition bot, ConversationState s, SlotType type) {
        return bot.questions().stream().anyMatch(q -> q.type() == type && known(s, q));
    }
}
