package io.comptoir.botfolder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of author files: a file saved in another encoding is an error, not mojibake. */
final class Texts {
    private Texts() {}

    /** UTF-8 text of a bot file (without a byte-order mark); a file that is not UTF-8 is reported by name. */
    static String decode(String name, byte[] bytes) {
        try {
            return decode(bytes);
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(name);
        }
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
