package org.planflow.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of a .txt upload. Plans come as UTF-8, as GBK from Chinese Windows, or as UTF-16 from
 * Notepad's "Unicode"; anything else that was named .txt (a program, a picture, a Word file) is
 * refused, since decoding it would store garbage and NUL characters, which PostgreSQL rejects.
 */
final class PlainText {

    /** Chinese text files that are not UTF-8 come from Windows in GBK, which GB18030 contains. */
    private static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");
    /** How binary formats that are often renamed to .txt start: zip (.docx, .xlsx), OLE2 (.doc, .wps, .xls), PDF, PNG, JPEG, GIF. */
    private static final List<byte[]> BINARY_SIGNATURES = List.of(
            new byte[] {'P', 'K', 3, 4},
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            new byte[] {'%', 'P', 'D', 'F'},
            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {'G', 'I', 'F', '8'});
    /**
     * A stray control character may come from a copy out of Word, a replacement character from one bad
     * byte; more than a few of them, and more than one in this many characters, is no text.
     */
    private static final int CONTROL_RATIO = 100;
    private static final int STRAY_CONTROLS = 8;

    private PlainText() {
    }

    /** The text of the file; throws {@link DocumentImportException} with NOT_TEXT when the bytes are no text. */
    static String decode(byte[] bytes, String fileName) {
        if (BINARY_SIGNATURES.stream().anyMatch(signature -> startsWith(bytes, signature))) {
            throw new DocumentImportException(DocumentImportException.Problem.NOT_TEXT, fileName);
        }
        // Word's manual line break arrives as a vertical tab in copied text
        String text = withoutByteOrderMark(decodeAny(bytes)).replace('\u000B', '\n');
        long suspect = text.chars().filter(c -> isControl(c) || c == '\uFFFD').count();
        if (text.indexOf('\0') >= 0 || suspect > Math.max(STRAY_CONTROLS, text.length() / CONTROL_RATIO)) {
            throw new DocumentImportException(DocumentImportException.Problem.NOT_TEXT, fileName);
        }
        return text.chars().noneMatch(PlainText::isControl) ? text : text.codePoints().filter(c -> !isControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** UTF-16 by its byte order mark, then strict UTF-8, as GB18030 would decode UTF-8 bytes too, as garbage. */
    private static String decodeAny(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, CHINESE_WINDOWS);
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** C0 controls other than tab, line feed, form feed and carriage return; NUL counts as one. */
    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' || c == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
