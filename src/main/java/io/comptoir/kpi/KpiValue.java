package io.comptoir.kpi;

/** A KPI's value over a period, or why there is none: a missing value is never shown as zero. */
public sealed interface KpiValue {
    /**
     * @param value in the KPI's unit (percent 0–100, money, minutes)
     * @param sampleSize the denominator: how many conversations, ratings or purchases it rests on
     * @param detail extra reading, e.g. the mean next to a median, or the currency
     */
    record Measured(double value, long sampleSize, String detail) implements KpiValue {}

    record NoData(String reason) implements KpiValue {}

    default long sampleSize() { return this instanceof Measured m ? m.sampleSize() : 0; }
}
