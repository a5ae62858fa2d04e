package io.comptoir.understanding.number;

import java.math.BigDecimal;

/**
 * A number read in a message, over tokens {@code start} (inclusive) to {@code end} (exclusive).
 *
 * @param scaled  a multiplier word followed the figure ("6k", "1,2 M", "cinq mille")
 * @param weak    only an article that can mean one ("un", "a"): a number for "dans une semaine", not for money
 * @param digits  written with digits (so it can be a day or a month)
 */
public record NumberSpan(int start, int end, BigDecimal value, boolean scaled, boolean weak, boolean digits) {
    public int last() { return end - 1; }
}
