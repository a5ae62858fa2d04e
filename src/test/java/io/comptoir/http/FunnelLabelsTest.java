package io.comptoir.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.comptoir.botfolder.Bots;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelLabelsTest {
    @Test
    void the_dashboard_funnel_names_question_steps_with_the_team_labels_not_their_ids() {
        ObjectNode json = new ObjectMapper().createObjectNode();
        var funnel = json.putArray("funnel");
        funnel.addObject().put("step", "welcome");
        funnel.addObject().put("step", "question:company_size");
        funnel.addObject().put("step", "question:removed_question");
        KpiRoutes.withQuestionLabels(json, Optional.of(Bots.load("agence-web")));
        assertThat(funnel.get(0).has("label")).isFalse();
        assertThat(funnel.get(1).path("label").asText()).isEqualTo("Taille de l'équipe");
        assertThat(funnel.get(2).path("label").asText()).isEqualTo("Removed question");
    }
}
