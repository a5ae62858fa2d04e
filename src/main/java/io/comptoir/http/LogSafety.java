package io.comptoir.http;

/** What of an exception may go into a one-line log message: the root cause's first line, contacts masked. */
final class LogSafety {
    private LogSafety() {}

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return MaskingConverter.mask(m.lines().findFirst().orElse(m));
    }
}
