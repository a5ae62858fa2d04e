package io.comptoir.engine;

import io.comptoir.bot.CtaRule;
import io.comptoir.bot.CtaType;
import java.util.List;
import java.util.Map;

/**
 * The call to action under way: which rule chose it, what it still has to collect and how it stands.
 *
 * @param status proposed, accepted or declined
 * @param ruleIndex index of the bot.yaml cta rule that chose it
 * @param missing contact fields still to collect, in order
 * @param details what was collected or linked (email, phone, name, link...)
 * @param invalidAttempts consecutive answers that did not give a valid value for the field asked
 */
public record CtaProgress(CtaType type, String status, int ruleIndex, List<CtaRule.ContactField> missing,
                          Map<String, String> details, int invalidAttempts) {
    public CtaProgress {
        missing = List.copyOf(missing);
        details = Map.copyOf(details);
    }
}
