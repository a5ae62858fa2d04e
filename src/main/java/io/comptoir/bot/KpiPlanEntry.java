package io.comptoir.bot;

/**
 * One line of the bot's measurement plan.
 *
 * @param kpi a KPI id: conversion_rate, qualification_rate, average_order_value, deflection_rate, csat,
 *            escalation_rate, handling_time, recontact_rate, cart_recovery_rate, first_contact_resolution
 * @param target numeric target (a rate in percent, an amount, or minutes, per the KPI)
 * @param horizonMonths months to reach the target from the baseline
 * @param minSample the sample size (denominator) under which the KPI gets no status: too few to judge
 */
public record KpiPlanEntry(String kpi, String data, String tool, double baseline, double target,
                           int horizonMonths, String why, int minSample) {
    /** 30: under it, one conversation moves a rate by more than 3 points, so a status would be noise. */
    public static final int DEFAULT_MIN_SAMPLE = 30;

    public KpiPlanEntry(String kpi, String data, String tool, double baseline, double target, int horizonMonths,
                        String why) {
        this(kpi, data, tool, baseline, target, horizonMonths, why, DEFAULT_MIN_SAMPLE);
    }
}
