package io.comptoir.http;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Logback converter for stack traces (%maskedEx in logback.xml): a driver's exception message can quote the
 * failing statement with its values, so emails and phone numbers are masked there as in messages.
 */
public final class MaskingThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return MaskingConverter.mask(super.throwableProxyToString(tp));
    }
}
