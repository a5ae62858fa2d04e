package io.comptoir.kpi;

import io.comptoir.bot.KpiPlanEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Where a KPI stands against the linear path from its plan's baseline to its target over the horizon, starting
 * on the plan's first day of data. on_track: at or beyond the expected point; at_risk: short of it by at most a
 * quarter of the whole planned improvement; off_track: further behind. The direction comes from the plan
 * (a target below the baseline means lower is better).
 */
public enum Status {
    ON_TRACK, AT_RISK, OFF_TRACK;

    static final double DAYS_PER_MONTH = 30.44;

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    /** The value the path expects on {@code day}. */
    public static double expected(KpiPlanEntry plan, LocalDate start, LocalDate day) {
        double months = Math.max(0, ChronoUnit.DAYS.between(start, day) + 1) / DAYS_PER_MONTH;
        double progress = plan.horizonMonths() <= 0 ? 1 : Math.min(1, months / plan.horizonMonths());
        return plan.baseline() + (plan.target() - plan.baseline()) * progress;
    }

    public static Status of(KpiPlanEntry plan, double value, double expected, boolean higherIsBetterDefault) {
        boolean higher = plan.target() != plan.baseline() ? plan.target() > plan.baseline() : higherIsBetterDefault;
        double shortfall = higher ? expected - value : value - expected;
        if (shortfall <= 1e-9) return ON_TRACK;
        double span = Math.abs(plan.target() - plan.baseline());
        double tolerance = span > 0 ? span / 4 : Math.abs(plan.baseline()) * 0.05;
        return shortfall <= tolerance ? AT_RISK : OFF_TRACK;
    }
}
