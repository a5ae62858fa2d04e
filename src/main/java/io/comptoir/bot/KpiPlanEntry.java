package io.comptoir.bot;

/**
 * One line of the bot's measurement plan.
 *
 * @param kpi a KPI id: conversion_rate, qualification_rate, average_order_value, deflection_rate, csat,
 *            escalation_rate, handling_time, recontact_rate, cart_recovery_rate, first_contact_resolution
 * @param target numeric target (a rate in percent, an amount, or minutes, per the KPI)
 * @param horizonMonths months to reach the target from the baseline
 */
public record KpiPlanEntry(String kpi, String data, String tool, double baseline, double target,
                           int horizonMonths, String why) {}
