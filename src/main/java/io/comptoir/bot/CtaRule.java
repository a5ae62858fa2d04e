package io.comptoir.bot;

import java.util.List;

/**
 * A call-to-action rule from bot.yaml. Rules are tried in order; the first whose conditions all hold wins.
 * A rule with no condition is the default.
 *
 * @param when conditions; null fields are not checked
 * @param message what the bot says to propose it (client wording)
 * @param collect contact fields the call to action needs, in order: email, phone, name, company
 * @param link for a purchase: a URL template, {id} is replaced with the recommended item's id
 */
public record CtaRule(When when, CtaType type, String message, List<ContactField> collect, String link) {
    public CtaRule {
        collect = List.copyOf(collect);
    }

    /**
     * @param status qualification status: sql, mql, unqualified or out_of_scope
     * @param decisionMaker yes, no or unknown
     * @param resolved whether the client said the answer solved the problem (support bots)
     * @param humanRequested whether the client asked for a person
     * @param answer the slot/option condition: question id and accepted values
     * @param recommended whether the answer stage found at least one catalog item that fits (shops)
     */
    public record When(String status, String decisionMaker, Boolean resolved, Boolean humanRequested,
                       Question.Condition answer, Boolean recommended) {
        public static final When ALWAYS = new When(null, null, null, null, null, null);

        /** The original five conditions, without {@code recommended}. */
        public When(String status, String decisionMaker, Boolean resolved, Boolean humanRequested,
                    Question.Condition answer) {
            this(status, decisionMaker, resolved, humanRequested, answer, null);
        }

        public boolean isDefault() {
            return status == null && decisionMaker == null && resolved == null && humanRequested == null
                    && answer == null && recommended == null;
        }
    }

    public enum ContactField { EMAIL, PHONE, NAME, COMPANY }
}
