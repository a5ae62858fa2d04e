package io.comptoir.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.understanding.date.DateGrammar;
import io.comptoir.understanding.headcount.HeadcountGrammar;
import io.comptoir.understanding.lang.LanguageData;
import io.comptoir.understanding.money.MoneyGrammar;
import io.comptoir.understanding.number.NumberReader;
import io.comptoir.understanding.signal.SignalReader;
import io.comptoir.understanding.text.TextPipeline;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Everything the understanding layer knows about one language, built once from its resource files. */
final class LanguagePack {
    private static final Map<Language, LanguagePack> PACKS = new EnumMap<>(Language.class);

    final TextPipeline pipeline;
    final NumberReader numbers;
    final DateGrammar dates;
    final HeadcountGrammar headcount;
    final MoneyGrammar money;
    final SignalReader signals;

    private LanguagePack(LanguageData data) {
        JsonNode text = data.file("text");
        Set<String> elisions = new HashSet<>(LanguageData.strings(text, "elisions"));
        pipeline = new TextPipeline(elisions, LanguageData.stringMap(text, "expansions"),
                LanguageData.stringMap(text, "suffixes"), LanguageData.stringMap(text, "typos"),
                LanguageData.strings(text, "known_words"));
        numbers = new NumberReader(data, pipeline);
        dates = new DateGrammar(data, pipeline);
        headcount = new HeadcountGrammar(data, pipeline);
        money = new MoneyGrammar(data, pipeline);
        signals = new SignalReader(data, pipeline);
    }

    /** A pack straight from the resource folder of a language code (no cache): any folder with the seven files. */
    static LanguagePack load(String code) {
        return new LanguagePack(new LanguageData(code));
    }

    static synchronized LanguagePack of(Language language) {
        return PACKS.computeIfAbsent(language, l -> new LanguagePack(new LanguageData(l.code())));
    }
}
