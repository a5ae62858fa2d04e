package io.comptoir.engine;

import static io.comptoir.engine.SalesWordingTest.play;
import static io.comptoir.engine.SalesWordingTest.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The purchase call to action of the real boutique-velo bot: wording that agrees and never contradicts itself. */
class PurchaseWordingTest {
    static final String TWO_BIKES = "Bonjour, je cherche un VTT pour faire de la montagne le week-end, sans assistance, 2500 euros max, pour dans deux mois";

    @Test
    void two_recommended_bikes_get_the_plural_purchase_wording_naming_the_linked_one() {
        List<TurnResult> t = play("boutique-velo", TWO_BIKES);
        assertThat(t.get(1).state().recommendation()).hasSizeGreaterThan(1);
        String r = reply(t.get(1));
        assertThat(r).contains("Vous pouvez les commander").doesNotContain("Vous pouvez le commander");
        assertThat(r).contains("lien vers le " + t.get(1).state().recommendation().get(0).name());
    }

    @Test
    void an_urgency_in_reply_to_the_purchase_offer_is_acknowledged_without_a_sorry() {
        List<TurnResult> t = play("boutique-velo", TWO_BIKES, "dès que possible");
        String r = reply(t.get(2));
        assertThat(r).contains("au plus vite").doesNotContain("pas bien compris");
    }
}
