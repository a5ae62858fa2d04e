package io.comptoir.simulate;

import io.comptoir.bot.BotDefinition;
import io.comptoir.bot.CatalogItem;
import io.comptoir.bot.CtaType;
import io.comptoir.engine.ConversationState;
import io.comptoir.engine.EndReason;
import io.comptoir.server.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Plays synthetic clients against a bot: conversations spread over the last {@code days} days before
 * {@code end}, in time order, with the persona mix given. The same options and seed give the same traffic.
 */
public final class Simulator {
    /** Share of conversations by a client who already came recently (recontacts). */
    static final int RETURNING_PERCENT = 12;
    static final int RECENT_CLIENTS = 15;

    public record Options(int conversations, Mix mix, int days, long seed, Instant end) {}

    public record Summary(int conversations, long turns, Map<Persona, Integer> personas, int ratings, int purchases) {}

    /** Called after each conversation. */
    public interface Progress {
        void update(int done, int total);
    }

    private final BotDefinition bot;
    private final Traffic traffic;
    private final Phrasebook phrases;

    public Simulator(BotDefinition bot, Traffic traffic) {
        this.bot = bot;
        this.traffic = traffic;
        this.phrases = Phrasebook.load(bot.language().code());
    }

    public Summary run(Options o, Progress progress) {
        Random master = new Random(o.seed());
        Persona[] personas = o.mix().allocate(o.conversations(), master);
        long span = Duration.ofDays(o.days()).toSeconds();
        long[] offsets = new long[o.conversations()];
        for (int i = 0; i < offsets.length; i++) offsets[i] = (long) (master.nextDouble() * span);
        Arrays.sort(offsets);
        Instant first = o.end().minusSeconds(span);
        List<Identity> recent = new ArrayList<>();
        Map<Persona, Integer> count = new EnumMap<>(Persona.class);
        long turns = 0;
        int ratings = 0;
        int purchases = 0;
        for (int i = 0; i < personas.length; i++) {
            Random r = new Random(o.seed() * 1_000_003L + i);
            Identity who = identity(r, recent, i);
            String id = "sim-" + o.seed() + "-" + first.plusSeconds(offsets[i]).getEpochSecond() + "-" + i;
            Outcome out = conversation(id, new Client(personas[i], bot, phrases, r, who), r, first.plusSeconds(offsets[i]));
            count.merge(personas[i], 1, Integer::sum);
            turns += out.turns;
            ratings += out.rated ? 1 : 0;
            purchases += out.purchased ? 1 : 0;
            progress.update(i + 1, personas.length);
        }
        return new Summary(personas.length, turns, count, ratings, purchases);
    }

    private record Outcome(int turns, boolean rated, boolean purchased) {}

    private Outcome conversation(String id, Client client, Random r, Instant at) {
        Reply reply = traffic.open(id, bot.id(), at);
        int turns = 0;
        while (!reply.ended()) {
            String text = client.next(reply.state(), reply.messages());
            if (text == null) break;
            at = at.plusSeconds(6 + r.nextInt(50) + text.length() / 4);
            reply = traffic.post(id, text, at);
            turns++;
        }
        ConversationState s = reply.state();
        if (!reply.ended()) {
            at = at.plusSeconds(client.persona() == Persona.SILENT ? 1800 : 300 + r.nextInt(600));
            traffic.close(id, endReason(client.persona(), s), at);
        }
        boolean rated = rate(client.persona(), r, id, at.plusSeconds(20));
        boolean bought = purchase(client.persona(), r, id, s, at.plusSeconds(3600 + r.nextInt(48 * 3600)));
        return new Outcome(turns, rated, bought);
    }

    private static EndReason endReason(Persona p, ConversationState s) {
        if (p == Persona.SILENT) return EndReason.TIMEOUT;
        boolean accepted = s.cta() != null && "accepted".equals(s.cta().status());
        return accepted || Boolean.TRUE.equals(s.resolved()) ? EndReason.COMPLETED : EndReason.ABANDONED;
    }

    /** Satisfied clients rate more often; scores follow the persona's experience. */
    private boolean rate(Persona p, Random r, String id, Instant at) {
        int[] scores = switch (p) {
            case IDEAL -> new int[] {5, 5, 5, 4, 4, 3};
            case VAGUE -> new int[] {5, 4, 4, 3, 3, 2};
            case HUMAN -> new int[] {5, 4, 3, 3, 2, 1};
            case OUT_OF_SCOPE -> new int[] {3, 2, 1, 1};
            case SILENT -> new int[0];
        };
        int chance = switch (p) {
            case IDEAL -> 70;
            case VAGUE -> 40;
            case HUMAN -> 50;
            case OUT_OF_SCOPE -> 15;
            case SILENT -> 0;
        };
        if (scores.length == 0 || r.nextInt(100) >= chance) return false;
        traffic.rate(id, scores[r.nextInt(scores.length)], at);
        return true;
    }

    /** A client who took a purchase link buys the first recommended item, more often when the chat went well. */
    private boolean purchase(Persona p, Random r, String id, ConversationState s, Instant at) {
        if (s.cta() == null || s.cta().type() != CtaType.PURCHASE || !"accepted".equals(s.cta().status())
                || s.recommendation().isEmpty()) return false;
        int chance = p == Persona.IDEAL ? 60 : p == Persona.VAGUE ? 30 : 10;
        if (r.nextInt(100) >= chance) return false;
        String itemId = s.recommendation().get(0).id();
        Optional<BigDecimal> price = bot.knowledge().catalog().stream().filter(c -> c.id().equals(itemId)).findFirst()
                .flatMap((CatalogItem c) -> c.money(bot.recommendation().priceColumn()));
        if (price.isEmpty()) return false;
        traffic.purchase(id, price.get(), bot.language().code().equals("fr") ? "EUR" : "USD", at);
        return true;
    }

    private Identity identity(Random r, List<Identity> recent, int serial) {
        if (!recent.isEmpty() && r.nextInt(100) < RETURNING_PERCENT) return recent.get(r.nextInt(recent.size()));
        Identity who = Identity.random(phrases, r, serial);
        recent.add(who);
        // Returning clients are among the last few: with the usual traffic density they come back within days.
        if (recent.size() > RECENT_CLIENTS) recent.remove(0);
        return who;
    }
}
