package io.comptoir.engine;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CtaRule;
import io.comptoir.bot.CtaType;
import io.comptoir.bot.FaqEntry;
import io.comptoir.bot.Knowledge;
import io.comptoir.bot.CatalogSchema;
import io.comptoir.bot.Question;
import io.comptoir.bot.Scoring;
import io.comptoir.bot.SlotType;
import io.comptoir.knowledge.FaqResult;
import io.comptoir.knowledge.RecommendationResult;
import io.comptoir.understanding.Analysis;
import io.comptoir.understanding.Entity;
import io.comptoir.understanding.Language;
import io.comptoir.understanding.Signal;
import io.comptoir.understanding.TextMatcher;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small, predictable stand-ins for the understanding and knowledge components, and a test bot. */
final class Fakes {
    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Pattern MONEY = Pattern.compile("(\\d[\\d ]*)\\s*(k)?\\s*(€|euros?)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final Pattern PHONE = Pattern.compile("0[67](?: ?\\d\\d){4}");
    private static final Pattern HEAD = Pattern.compile("(\\d+) (personnes|salariés)");
    private static final Map<String, Signal> WORDS = Map.ofEntries(
            Map.entry("je sais pas", Signal.HESITATION), Map.entry("bof", Signal.HESITATION),
            Map.entry("peut-être", Signal.HESITATION), Map.entry("finalement", Signal.CORRECTION),
            Map.entry("en fait", Signal.CORRECTION), Map.entry("urgent", Signal.URGENT),
            Map.entry("oui", Signal.AFFIRM), Map.entry("non", Signal.DENY),
            Map.entry("c'est moi qui décide", Signal.DECISION_MAKER), Map.entry("mon associé", Signal.NOT_DECISION_MAKER),
            Map.entry("trop cher", Signal.OBJECTION_PRICE), Map.entry("conseiller", Signal.HUMAN_REQUEST),
            Map.entry("bonjour", Signal.GREETING), Map.entry("merci", Signal.THANKS), Map.entry("au revoir", Signal.GOODBYE));

    private Fakes() {}

    static Analysis analyze(String text) {
        String low = text.toLowerCase();
        List<Entity> entities = new ArrayList<>();
        Matcher m = MONEY.matcher(low);
        if (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(" ", ""));
            if (m.group(2) != null) v = v.multiply(BigDecimal.valueOf(1000));
            boolean max = low.contains("max");
            entities.add(new Entity.Money(m.group(), max ? null : v, null, max ? v : null, "EUR", null));
        }
        Matcher e = EMAIL.matcher(low);
        if (e.find()) entities.add(new Entity.Email(e.group(), e.group()));
        Matcher p = PHONE.matcher(low);
        if (p.find()) entities.add(new Entity.Phone(p.group(), "+33" + p.group().replace(" ", "").substring(1)));
        Matcher h = HEAD.matcher(low);
        if (h.find()) entities.add(new Entity.Headcount(h.group(), Integer.parseInt(h.group(1))));
        if (low.contains("fin mars")) entities.add(new Entity.Date("fin mars", java.time.LocalDate.of(2027, 3, 31)));
        if (low.contains("dans 2 semaines")) entities.add(new Entity.Date("dans 2 semaines", java.time.LocalDate.of(2026, 12, 7)));
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        WORDS.forEach((w, s) -> {
            if (Pattern.compile("(^|\\W)" + Pattern.quote(w) + "($|\\W)").matcher(low).find()) signals.add(s);
        });
        return new Analysis(Language.FR, text, entities, signals);
    }

    static List<TextMatcher.Match> match(String text, List<TextMatcher.Choice> choices) {
        String low = text.toLowerCase();
        List<TextMatcher.Match> out = new ArrayList<>();
        for (TextMatcher.Choice c : choices) {
            for (String ph : c.phrases()) {
                if (low.contains(ph.toLowerCase())) {
                    out.add(new TextMatcher.Match(c.id(), ph));
                    break;
                }
            }
        }
        return out;
    }

    static final FaqEntry PRICE = new FaqEntry("prix-vitrine", "Combien coûte un site vitrine ?", List.of(), List.of(),
            "Un site vitrine démarre à 2 500 € HT.", null);
    static final FaqEntry SHOP = new FaqEntry("prix-boutique", "Combien coûte une boutique en ligne ?", List.of(), List.of(),
            "Une boutique en ligne démarre à 6 000 € HT.", null);

    static FaqResult faq(String q) {
        String low = q.toLowerCase();
        if (low.contains("coûte") || low.contains("prix") || low.contains("tarif")) {
            return new FaqResult.Answered(low.contains("boutique") ? SHOP : PRICE, 5, List.of());
        }
        if (low.contains("boutique en ligne")) return new FaqResult.Answered(SHOP, 3, List.of());
        if (low.contains("site vitrine")) return new FaqResult.Answered(PRICE, 3, List.of());
        return new FaqResult.NotFound(0, List.of());
    }

    static boolean inScope(String text) {
        String low = text.toLowerCase();
        return !(low.contains("pizza") || low.contains("météo") || low.contains("blague"));
    }

    static EnginePorts ports() {
        return new EnginePorts((text, ctx) -> analyze(text), (text, choices, lang) -> match(text, choices), Fakes::faq,
                req -> new RecommendationResult(List.of(), false), (text, analysis) -> inScope(text));
    }

    static Question q(String id, SlotType type, List<Question.ChoiceOption> options, Question.Condition when) {
        return new Question(id, List.of("Question " + id + " ?", "Autre formulation " + id + " ?"), type, options, true,
                "Aide " + id + ".", List.of("exemple " + id), when, null);
    }

    static BotDefinition agence() {
        List<Question> qs = List.of(
                q("need", SlotType.CHOICE, List.of(
                        new Question.ChoiceOption("vitrine", "Site vitrine", List.of("site web")),
                        new Question.ChoiceOption("ecommerce", "Boutique en ligne", List.of("e-commerce", "boutique"))), null),
                q("budget", SlotType.MONEY, List.of(), null),
                q("deadline", SlotType.DATE, List.of(), null),
                q("company_size", SlotType.HEADCOUNT, List.of(), null),
                q("decision", SlotType.YES_NO, List.of(), new Question.Condition("need", List.of("ecommerce", "vitrine"))));
        List<CtaRule> cta = List.of(
                new CtaRule(new CtaRule.When(null, null, null, true, null), CtaType.CALLBACK,
                        "Un conseiller vous rappelle. À quel numéro pouvez-vous être joint ?", List.of(CtaRule.ContactField.PHONE), null),
                new CtaRule(new CtaRule.When(null, "no", null, null, null), CtaType.CALLBACK, null,
                        List.of(CtaRule.ContactField.PHONE), null),
                new CtaRule(new CtaRule.When("sql", null, null, null, null), CtaType.BOOKING,
                        "Je vous propose un rendez-vous. Quelle adresse e-mail pour l'invitation ?", List.of(CtaRule.ContactField.EMAIL), null),
                new CtaRule(CtaRule.When.ALWAYS, CtaType.CALLBACK, null, List.of(CtaRule.ContactField.PHONE), null));
        return new BotDefinition("agence-test", "Agence Test", Language.FR, "chaleureux", "Bonjour et bienvenue !",
                "Je suis l'assistant automatique de l'agence.", "la création de sites web", "FR", List.of(), qs, cta,
                Scoring.DEFAULT, List.of("lead", "prospect", "SQL", "MQL", "BANT", "scoring", "CRM", "qualification", "objection"),
                List.of(), new Knowledge(List.of(PRICE, SHOP), List.of(), CatalogSchema.NONE, List.of()), null);
    }

    static ConversationEngine engine() { return Engines.create(agence(), ports()); }

    /** Plays client messages one minute apart and returns every turn result (the welcome first). */
    static List<TurnResult> play(ConversationEngine e, String... messages) {
        List<TurnResult> out = new ArrayList<>();
        TurnResult r = e.start("c-1", T0);
        out.add(r);
        for (int i = 0; i < messages.length; i++) {
            r = e.handle(r.state(), new UserTurn(messages[i], T0.plusSeconds(60L * (i + 1))));
            out.add(r);
        }
        return out;
    }

    static String reply(TurnResult r) {
        return String.join("\n", r.messages().stream().map(BotMessage::text).toList());
    }

    static List<String> types(TurnResult r) {
        return r.events().stream().map(ConversationEvent::type).toList();
    }
}
