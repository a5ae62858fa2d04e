package io.comptoir.understanding;

import io.comptoir.understanding.contact.ContactFinder;
import io.comptoir.understanding.date.DateGrammar;
import io.comptoir.understanding.headcount.HeadcountGrammar;
import io.comptoir.understanding.money.MoneyGrammar;
import io.comptoir.understanding.number.NumberSpan;
import io.comptoir.understanding.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The understanding layer: table-driven grammars over folded tokens, one lexicon folder per language. Contacts
 * come first (their digits are then hidden), then dates, headcounts and money, which claim the words they use so
 * that "le 12 décembre" is never 12 euros; signals read the whole message. Odd input gives an empty analysis.
 */
public final class RuleBasedUnderstander implements Understander {
    /** Longer texts are not chat messages (pasted documents, junk): they are not analysed. */
    public static final int MAX_INPUT = 10_000;
    private final ContactFinder contacts = new ContactFinder();
    private final Map<Language, LanguagePack> packs = new EnumMap<>(Language.class);

    /** Loads the lexicons of every language now, so that a broken resource fails at start-up, not mid-chat. */
    public RuleBasedUnderstander() {
        for (Language l : Language.values()) packs.put(l, LanguagePack.of(l));
    }

    @Override
    public Analysis analyze(String text, UnderstandingContext context) {
        Language language = context == null || context.language() == null ? Language.FR : context.language();
        if (text == null || text.isBlank() || text.length() > MAX_INPUT || looksBinary(text)) {
            return Analysis.empty(language, text == null ? "" : text);
        }
        try {
            return analyzeText(text, context, language);
        } catch (RuntimeException e) {
            return Analysis.empty(language, text);
        }
    }

    private Analysis analyzeText(String text, UnderstandingContext context, Language language) {
        String region = context.phoneRegion() != null ? context.phoneRegion() : language.defaultRegion();
        return analyzeWith(packs.get(language), text, context.today(), region, language, context.expected());
    }

    Analysis analyzeWith(LanguagePack pack, String text, java.time.LocalDate today, String region, Language tag) {
        return analyzeWith(pack, text, today, region, tag, UnderstandingContext.Expected.ANYTHING);
    }

    /** The analysis with a given pack; {@code tag} only labels the result (tests load packs by code). */
    Analysis analyzeWith(LanguagePack pack, String text, java.time.LocalDate today, String region, Language tag,
                         UnderstandingContext.Expected expected) {
        Language language = tag;
        List<ContactFinder.Found> found = new ArrayList<>();
        contacts.emails(text, found);
        contacts.phones(text, region, found);
        List<int[]> masks = new ArrayList<>();
        for (ContactFinder.Found f : found) masks.add(new int[]{f.start(), f.end()});
        Tokens tokens = pack.pipeline.analyse(text, masks);
        boolean[] claimed = new boolean[tokens.size()];
        List<NumberSpan> numbers = pack.numbers.read(tokens, claimed);
        if (today != null) {
            for (DateGrammar.Hit h : pack.dates.find(tokens, numbers, claimed, today)) {
                found.add(at(tokens, h.start(), h.end(), new Entity.Date(tokens.text(h.start(), h.end() - 1), h.value())));
            }
        }
        List<NumberSpan> free = numbers.stream().filter(n -> !claimed[n.start()]).toList();
        for (HeadcountGrammar.Hit h : pack.headcount.find(tokens, free, claimed)) {
            found.add(at(tokens, h.start(), h.end(), new Entity.Headcount(tokens.text(h.start(), h.end() - 1), h.value())));
        }
        for (MoneyGrammar.Hit h : pack.money.find(tokens, free, claimed)) found.add(at(tokens, h.start(), h.end(), h.money()));
        // the count question just asked: a number opening the answer is the count, once money and dates took theirs
        if (expected == UnderstandingContext.Expected.COUNT && found.stream().noneMatch(f -> f.entity() instanceof Entity.Headcount)) {
            for (HeadcountGrammar.Hit h : pack.headcount.bare(tokens, free, claimed)) {
                found.add(at(tokens, h.start(), h.end(), new Entity.Headcount(tokens.text(h.start(), h.end() - 1), h.value())));
            }
        }
        found.sort(Comparator.comparingInt(ContactFinder.Found::start));
        List<Entity> entities = found.stream().map(ContactFinder.Found::entity).toList();
        Set<Signal> signals = tokens.size() == 0 ? EnumSet.noneOf(Signal.class) : pack.signals.read(tokens);
        return new Analysis(language, text, entities, signals);
    }

    private static ContactFinder.Found at(Tokens t, int start, int end, Entity e) {
        return new ContactFinder.Found(t.get(start).start(), t.get(end - 1).end(), e);
    }

    /** Control characters or replacement characters in more than one character in twenty: not a message. */
    static boolean looksBinary(String text) {
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD'
                    || Character.getType(c) == Character.PRIVATE_USE) odd++;
        }
        return odd * 20 > text.length();
    }
}
