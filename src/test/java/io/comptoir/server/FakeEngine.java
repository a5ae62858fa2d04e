package io.comptoir.server;

import io.comptoir.bot.CtaType;
import io.comptoir.engine.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small deterministic engine for server tests: three questions (need, budget, email), then a call to action,
 * then the end. The answers live in the state (q1, q2, ... as text), so replaying the same turns gives the same state.
 */
public final class FakeEngine implements ConversationEngine {
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    static final List<String> QUESTIONS = List.of("Quel est votre projet ?", "Quel budget envisagez-vous ?",
            "Quelle adresse e-mail pour vous recontacter ?");

    private final String botId;

    public FakeEngine(String botId) {
        this.botId = botId;
    }

    @Override
    public String botId() { return botId; }

    @Override
    public TurnResult start(String conversationId, Instant at) {
        var s = with(ConversationState.initial(conversationId, botId, at), at, Stage.INTAKE, List.of());
        return new TurnResult(s, List.of(BotMessage.of("Bonjour ! Je suis l'assistant automatique de l'agence."),
                new BotMessage(QUESTIONS.get(0), List.of("Site vitrine", "Boutique en ligne"))),
                List.of(new ConversationEvent.ConversationStarted(at), new ConversationEvent.StageEntered(at, Stage.INTAKE),
                        new ConversationEvent.QuestionAsked(at, "need")), new Outcome.Progressed());
    }

    @Override
    public TurnResult handle(ConversationState state, UserTurn turn) {
        List<String> before = answers(state);
        List<String> now = new ArrayList<>(before);
        now.add(turn.text());
        Instant at = turn.at();
        if (turn.text().toLowerCase().contains("au revoir") || now.size() >= 4) {
            var s = next(state, at, Stage.CLOSED, now);
            return new TurnResult(s, List.of(BotMessage.of("Merci ! Récapitulatif : " + String.join(" / ", now.subList(0, Math.min(3, now.size()))))),
                    List.of(new ConversationEvent.CtaAccepted(at, CtaType.BOOKING, Map.of("email", email(now))),
                            new ConversationEvent.ConversationEnded(at, EndReason.COMPLETED)),
                    new Outcome.Ended(EndReason.COMPLETED));
        }
        if (now.size() == 3) {
            var s = next(state, at, Stage.CTA, now);
            return new TurnResult(s, List.of(new BotMessage("Je vous propose un rendez-vous. Cela vous convient ?",
                    List.of("Oui", "Non"))), List.of(new ConversationEvent.SlotFilled(at, "email"),
                    new ConversationEvent.CtaProposed(at, CtaType.BOOKING)), new Outcome.Progressed());
        }
        var s = next(state, at, Stage.INTAKE, now);
        return new TurnResult(s, List.of(BotMessage.of("Noté : " + turn.text() + ". " + QUESTIONS.get(now.size()))),
                List.of(new ConversationEvent.SlotFilled(at, "q" + now.size()),
                        new ConversationEvent.QuestionAsked(at, "q" + (now.size() + 1))), new Outcome.Progressed());
    }

    @Override
    public TurnResult close(ConversationState state, EndReason reason, Instant at) {
        var s = next(state, at, Stage.CLOSED, answers(state));
        return new TurnResult(s, List.of(), List.of(new ConversationEvent.ConversationEnded(at, reason)),
                new Outcome.Ended(reason));
    }

    static List<String> answers(ConversationState state) {
        List<String> out = new ArrayList<>();
        for (int i = 1; state.answers().containsKey("q" + i); i++)
            out.add(((Answer.Text) state.answers().get("q" + i)).value());
        return out;
    }

    private ConversationState next(ConversationState s, Instant at, Stage stage, List<String> now) {
        return with(s, at, stage, now);
    }

    private static ConversationState with(ConversationState s, Instant at, Stage stage, List<String> now) {
        Map<String, Answer> a = new java.util.LinkedHashMap<>();
        for (int i = 0; i < now.size(); i++) a.put("q" + (i + 1), new Answer.Text(now.get(i), now.get(i)));
        return new ConversationState(s.conversationId(), s.botId(), s.startedAt(), at, stage, now.size(), null, a,
                s.unclear(), s.changes(), s.flags(), s.indicators(), s.contact(), s.recommendation(), s.faqAnswered(),
                s.cta(), s.resolved(), s.outOfScopeCount(), s.endReason(), s.endedAt(), s.unanswered());
    }

    static String email(List<String> answers) {
        for (String a : answers) {
            Matcher m = EMAIL.matcher(a);
            if (m.find()) return m.group();
        }
        return "";
    }
}
