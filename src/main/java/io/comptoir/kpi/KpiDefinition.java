package io.comptoir.kpi;

/**
 * A KPI as documented: its formula (numerator over denominator, within a window) and a one-line definition.
 *
 * @param higherIsBetter the default direction, used only when a plan's target equals its baseline
 */
public record KpiDefinition(KpiId id, String name, String numerator, String denominator, String window,
                            String definition, Unit unit, boolean higherIsBetter) {}
