package com.clinicscreen.screening.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Refuses with 415 a FHIR or CDS Hooks body that is not UTF-8 although its Content-Type names no charset
 * (RFC 8259 §8.1: JSON exchanged between systems must be UTF-8): those bodies are read as text, which would
 * misread UTF-16 or UTF-32 as UTF-8. Bound to those resources only ({@link Utf8BodiesOnly}). A JSON text starts
 * with an ASCII character, so UTF-16 and UTF-32 show themselves in the first two bytes: a byte-order mark
 * (FE FF, FF FE) or a NUL. Only those two bytes are looked at, once per body; a UTF-8 byte-order mark
 * (EF BB BF) is left to the JSON reader, which may ignore it as RFC 8259 allows.
 */
@Provider
@Utf8BodiesOnly
public class Utf8BodyInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 2);
        byte[] first = new byte[2];
        int read = readUpTo(body, first);
        if (read > 0) {
            body.unread(first, 0, read);
        }
        if (notUtf8(first, read)) {
            throw new NotSupportedException("the body is not UTF-8");
        }
        context.setInputStream(body);
        return context.proceed();
    }

    /** True when the first bytes of a JSON text can only be UTF-16 or UTF-32. */
    static boolean notUtf8(byte[] first, int length) {
        if (length < 2) {
            return length == 1 && first[0] == 0;
        }
        int a = first[0] & 0xFF;
        int b = first[1] & 0xFF;
        return a == 0 || b == 0 || (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE);
    }

    private static int readUpTo(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int n = in.read(buffer, total, buffer.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
