package io.comptoir.kpi;

/** How a KPI value reads: a percentage (0–100), an amount of money, or minutes. */
public enum Unit { PERCENT, MONEY, MINUTES }
