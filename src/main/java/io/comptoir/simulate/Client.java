package io.comptoir.simulate;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.Question;
import io.comptoir.engine.BotMessage;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.Stage;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One synthetic client: reads the bot's last reply (stage, pending question, buttons) and writes what its
 * persona would write next, or null to stop writing. Deterministic for its random source.
 */
final class Client {
    static final int MAX_TURNS = 14;

    private final Persona persona;
    private final BotDefinition bot;
    private final Phrasebook pb;
    private final Random r;
    private final Identity who;
    private final Map<String, Integer> asked = new HashMap<>();
    private int turns;
    private boolean changedMind;
    private Question lastChoice;
    private boolean saidGoodbye;

    Client(Persona persona, BotDefinition bot, Phrasebook pb, Random r, Identity who) {
        this.persona = persona;
        this.bot = bot;
        this.pb = pb;
        this.r = r;
        this.who = who;
    }

    Persona persona() { return persona; }

    /** The next message, or null when the client stops writing (leaves, or is done). */
    String next(ConversationState s, List<BotMessage> messages) {
        if (s.ended() || ++turns > MAX_TURNS || saidGoodbye) return null;
        List<String> buttons = messages.isEmpty() ? List.of() : messages.get(messages.size() - 1).buttons();
        return switch (persona) {
            case SILENT -> null;
            case OUT_OF_SCOPE -> turns <= 1 + r.nextInt(2) ? pb.say("out_of_scope", r) : null;
            case HUMAN -> human(s, buttons);
            case IDEAL, VAGUE -> engaged(s, buttons);
        };
    }

    private String human(ConversationState s, List<String> buttons) {
        if (turns == 1) {
            for (String b : buttons) for (String w : pb.all("human.button")) {
                if (b.toLowerCase(Locale.ROOT).contains(w.trim())) return b;
            }
            return pb.say("human", r);
        }
        String pending = s.pending();
        if (pending != null && pending.startsWith("contact:")) return contact(pending);
        if ("cta:confirm".equals(pending)) return pb.say("accept", r);
        if (turns <= 2) return pb.say("human", r);
        return null;
    }

    private String engaged(ConversationState s, List<String> buttons) {
        boolean vague = persona == Persona.VAGUE;
        if (turns == 1) return opening();
        // Real visitors drop out along the way, vague ones more often.
        if (r.nextInt(100) < (vague ? 7 : 2)) return null;
        String pending = s.pending();
        Optional<Question> q = pending == null ? Optional.empty() : bot.question(pending);
        if (q.isPresent()) return answer(q.get(), vague);
        if (pending != null && pending.startsWith("contact:")) {
            return r.nextInt(100) < (vague ? 35 : 8) ? pb.say("decline", r) : contact(pending);
        }
        if ("cta:confirm".equals(pending)) {
            return r.nextInt(100) < (vague ? 50 : 10) ? pb.say("decline", r) : pb.say("accept", r);
        }
        if ("resolved?".equals(pending)) {
            return r.nextInt(100) < (vague ? 45 : 85) ? pb.say("resolved.yes", r) : pb.say("resolved.no", r);
        }
        if (s.stage() == Stage.CTA || s.stage() == Stage.ANSWER) {
            if (!buttons.isEmpty() && r.nextInt(3) == 0) return buttons.get(0);
        }
        saidGoodbye = true;
        return pb.say("goodbye", r);
    }

    private String opening() {
        Question first = bot.questions().get(0);
        String value = value(first);
        if (persona == Persona.IDEAL && bot.language().code().equals("fr") && r.nextInt(3) == 0
                && bot.questions().stream().anyMatch(q -> q.type() == io.comptoir.bot.SlotType.MONEY)) {
            return pb.say("opening.all", r, Map.of("value", value, "amount", amount(null), "n", "" + (2 + r.nextInt(5))));
        }
        String msg = pb.say("opening", r, Map.of("value", value));
        return r.nextBoolean() ? pb.say("greeting", r) + ", " + lower(msg) : msg;
    }

    private String answer(Question q, boolean vague) {
        int n = asked.merge(q.id(), 1, Integer::sum);
        if (vague && n == 1 && r.nextInt(10) < 6) return pb.say("vague", r);
        if (vague && !changedMind && lastChoice != null && !lastChoice.id().equals(q.id()) && r.nextInt(10) < 4) {
            changedMind = true;
            return pb.say("change", r, Map.of("value", value(lastChoice)));
        }
        if (q.type() == io.comptoir.bot.SlotType.CHOICE) lastChoice = q;
        return value(q);
    }

    /** A value for a question, as a client would write it. */
    private String value(Question q) {
        return switch (q.type()) {
            case CHOICE -> {
                Question.ChoiceOption o = q.options().get(r.nextInt(q.options().size()));
                String v = o.synonyms().isEmpty() || r.nextBoolean() ? o.label().toLowerCase(Locale.ROOT)
                        : o.synonyms().get(r.nextInt(o.synonyms().size()));
                yield turns <= 1 ? v : pb.say("answer.choice", r, Map.of("value", v));
            }
            case MONEY -> {
                String a = amount(q);
                yield pb.say("answer.money", r, Map.of("amount", a, "amount2", "" + (Integer.parseInt(a) + 1000)));
            }
            case DATE -> pb.say("answer.date", r, Map.of("n", "" + (1 + r.nextInt(6))));
            case HEADCOUNT -> pb.say("answer.headcount", r, Map.of("n", "" + (1 + r.nextInt(60))));
            case EMAIL -> who.email();
            case PHONE -> who.phone();
            case YES_NO -> r.nextInt(10) < 7 ? pb.say("answer.yes", r) : pb.say("answer.no", r);
            case TEXT -> q.examples().isEmpty() || r.nextInt(4) == 0 ? pb.say("answer.text", r)
                    : q.examples().get(r.nextInt(q.examples().size()));
        };
    }

    /** A budget: around a catalog price when the bot recommends from one, else a typical project budget. */
    private String amount(Question q) {
        if (bot.recommends() && !bot.knowledge().catalog().isEmpty()) {
            CatalogItem item = bot.knowledge().catalog().get(r.nextInt(bot.knowledge().catalog().size()));
            BigDecimal price = item.money(bot.recommendation().priceColumn()).orElse(BigDecimal.valueOf(1500));
            return "" + (price.intValue() * (11 + r.nextInt(5)) / 1000 * 100);
        }
        return "" + (1500 + r.nextInt(30) * 500);
    }

    private String contact(String pending) {
        String field = pending.substring("contact:".length()).toLowerCase(Locale.ROOT);
        return switch (field) {
            case "email" -> who.email();
            case "phone" -> who.phone();
            case "name" -> who.name();
            case "company" -> who.company();
            default -> pb.say("accept", r);
        };
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
