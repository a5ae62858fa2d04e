package io.comptoir.bot;

import io.comptoir.understanding.Language;
import java.util.List;
import java.util.Optional;

/**
 * A bot as its author described it in a bot folder (bot.yaml, faq.md, catalog.csv). Immutable and
 * already validated: the engine never has to check it again.
 *
 * @param offer one line saying what the bot helps with, used when a request is out of scope
 * @param phoneRegion ISO region for phone numbers (defaults to the language's)
 * @param scopeVocabulary extra words and phrases that are in scope besides the FAQ, catalog and intake
 * @param jargon words that client messages must never contain (defaults merged in)
 * @param delivery the bot's own endpoints for its notes (bot.yaml {@code delivery:}), besides the server's
 */
public record BotDefinition(
        String id,
        String name,
        Language language,
        String tone,
        String welcome,
        String disclosure,
        String offer,
        String phoneRegion,
        List<String> scopeVocabulary,
        List<Question> questions,
        List<CtaRule> ctaRules,
        Scoring scoring,
        List<String> jargon,
        List<KpiPlanEntry> kpiPlan,
        Knowledge knowledge,
        Recommendation recommendation,
        List<DeliveryTarget> delivery) {

    public BotDefinition {
        delivery = List.copyOf(delivery);
        scopeVocabulary = List.copyOf(scopeVocabulary);
        questions = List.copyOf(questions);
        ctaRules = List.copyOf(ctaRules);
        jargon = List.copyOf(jargon);
        kpiPlan = List.copyOf(kpiPlan);
    }

    /** A bot that sends its notes to the server's endpoint only. */
    public BotDefinition(String id, String name, Language language, String tone, String welcome, String disclosure,
                         String offer, String phoneRegion, List<String> scopeVocabulary, List<Question> questions,
                         List<CtaRule> ctaRules, Scoring scoring, List<String> jargon, List<KpiPlanEntry> kpiPlan,
                         Knowledge knowledge, Recommendation recommendation) {
        this(id, name, language, tone, welcome, disclosure, offer, phoneRegion, scopeVocabulary, questions, ctaRules,
                scoring, jargon, kpiPlan, knowledge, recommendation, List.of());
    }

    public Optional<Question> question(String id) {
        for (Question q : questions) if (q.id().equals(id)) return Optional.of(q);
        return Optional.empty();
    }

    /** Whether the answer stage recommends from a catalog (shop) or answers from the FAQ (support, services). */
    public boolean recommends() {
        return recommendation != null && !knowledge.catalog().isEmpty();
    }
}
