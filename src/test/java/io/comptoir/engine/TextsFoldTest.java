package io.comptoir.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsFoldTest {
    /** The definition the fast path must keep: decompose, drop the marks, lower-case, one apostrophe. */
    private static String reference(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    @Test
    void folds_french_client_text_like_the_unicode_definition() {
        for (String s : new String[] {"Déjà RÉSERVÉ à Noël, l’œuf", "ÇA COÛTE combien ?", "Straße Ærø", "e\u0301te\u0301",
                "ΟΔΟΣ Σοφία", "İstanbul", "5k€ · 1 200 €", "", "tab\tet\u00a0insécable"}) {
            assertThat(Texts.fold(s)).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void folds_any_text_like_the_unicode_definition() {
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) b.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x3000) : 0x20 + r.nextInt(0x160)));
            String s = b.toString();
            if (s.chars().anyMatch(c -> Character.isSurrogate((char) c))) continue;
            assertThat(Texts.fold(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(reference(s));
        }
    }
}
