package io.interchange.platform.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a body is well-formed UTF-8 before it is parsed: overlong forms ({@code C0 AF}),
 * surrogates encoded as bytes (CESU-8) and stray bytes are refused, where a lenient decoder
 * would quietly turn them into other characters.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** @throws InvalidEventException naming the offset of the first bad byte */
    static void check(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(body.length), true);
        if (!result.isError()) {
            result = decoder.flush(CharBuffer.allocate(0));
        }
        if (result.isError()) {
            throw new InvalidEventException("", "the body is not valid UTF-8: bad byte sequence at offset "
                    + in.position());
        }
    }
}
