package io.comptoir.delivery;

import java.time.Duration;

/**
 * What one send gave: received (2xx), or failed, retryable or not.
 *
 * @param status the HTTP status, or null for a network error
 * @param retryAfter the endpoint's Retry-After, or null
 * @param progress the CRM answers gathered so far (kept for the next try), or null
 */
public record Attempt(boolean sent, Integer status, String error, boolean retryable, Duration retryAfter,
                      String progress) {
    public static Attempt sent(int status) { return new Attempt(true, status, null, false, null, null); }

    /** Network errors, 5xx and 429 are worth another try; any other answer would be the same next time. */
    public static Attempt failed(Integer status, String error, Duration retryAfter, String progress) {
        boolean retryable = status == null || status == 429 || status >= 500;
        return new Attempt(false, status, error, retryable, retryAfter, progress);
    }

    /** A failure no retry can fix (e.g. the endpoint is no longer configured). */
    public static Attempt hopeless(String error) { return new Attempt(false, null, error, false, null, null); }
}
