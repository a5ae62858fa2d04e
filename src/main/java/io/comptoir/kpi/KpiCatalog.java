package io.comptoir.kpi;

import java.util.List;

/** Every KPI Comptoir computes, with its formula. The README's definitions table is this list. */
public final class KpiCatalog {
    private static final String PERIOD = "conversations started in the period";

    public static final List<KpiDefinition> ALL = List.of(
            new KpiDefinition(KpiId.CONVERSION_RATE, "Conversion rate",
                    "conversations with an accepted call to action (booking, purchase, callback) or a purchase",
                    "conversations started", PERIOD,
                    "Share of conversations that end on an accepted next step.", Unit.PERCENT, true),
            new KpiDefinition(KpiId.QUALIFICATION_RATE, "Qualification rate",
                    "conversations whose note's qualification status is sql",
                    "conversations with a lead (at least one intake question answered)", PERIOD,
                    "Share of engaged visitors that the scoring rates sales-ready.", Unit.PERCENT, true),
            new KpiDefinition(KpiId.AVERAGE_ORDER_VALUE, "Average order value",
                    "sum of purchase amounts (main currency)", "purchases", PERIOD,
                    "Average amount of the orders posted for conversations.", Unit.MONEY, true),
            new KpiDefinition(KpiId.DEFLECTION_RATE, "Deflection rate",
                    "support conversations ended completed with an answer and no escalation",
                    "support conversations (an answer given, a hand-off or a ticket)", PERIOD,
                    "Share of support requests the bot resolves without a person.", Unit.PERCENT, true),
            new KpiDefinition(KpiId.CSAT, "CSAT", "ratings of 4 or 5", "ratings (1 to 5)", PERIOD,
                    "Share of satisfied ratings among all ratings.", Unit.PERCENT, true),
            new KpiDefinition(KpiId.ESCALATION_RATE, "Escalation rate",
                    "conversations with a human request, an accepted ticket or a hand-off end",
                    "support conversations (an answer given, a hand-off or a ticket)", PERIOD,
                    "Share of support requests handed over to the team.", Unit.PERCENT, false),
            new KpiDefinition(KpiId.HANDLING_TIME, "Handling time",
                    "median (and mean) of end time minus start time", "ended conversations", PERIOD,
                    "How long a conversation lasts from welcome to end, in minutes.", Unit.MINUTES, false),
            new KpiDefinition(KpiId.RECONTACT_RATE, "Recontact rate",
                    "conversations whose email or phone had another conversation less than the window before",
                    "conversations that left an email or phone", PERIOD + "; recontact window 7 days by default",
                    "Share of identified clients who come back within the window.", Unit.PERCENT, false),
            new KpiDefinition(KpiId.CART_RECOVERY_RATE, "Cart recovery rate",
                    "conversations with a purchase after a purchase call to action",
                    "conversations where a purchase call to action was proposed", PERIOD,
                    "Share of proposed purchases that end in an order.", Unit.PERCENT, true),
            new KpiDefinition(KpiId.FIRST_CONTACT_RESOLUTION, "First contact resolution",
                    "resolved support conversations whose client did not come back within the window",
                    "support conversations", PERIOD + "; recontact window 7 days",
                    "Share of support requests solved in one conversation.", Unit.PERCENT, true));

    private KpiCatalog() {}

    public static KpiDefinition get(KpiId id) {
        return ALL.stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }
}
