package org.clearchain.integrations.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The first bytes of a file, looked at without being consumed, for a format that tells its kinds of file apart. */
public final class FileHead {

    /** How much of a file is looked at. */
    public static final int SIZE = 4096;

    private final BufferedInputStream in;
    private final byte[] head;

    private FileHead(BufferedInputStream in, byte[] head) {
        this.in = in;
        this.head = head;
    }

    public static FileHead of(InputStream file) throws UnreadableFileException {
        BufferedInputStream in = new BufferedInputStream(file, SIZE * 2);
        try {
            in.mark(SIZE);
            byte[] head = in.readNBytes(SIZE);
            in.reset();
            return new FileHead(in, head);
        } catch (IOException e) {
            throw new UnreadableFileException("the file could not be read: " + e.getMessage(), e);
        }
    }

    /** The whole file, from its first byte. */
    public InputStream file() {
        return in;
    }

    public byte[] bytes() {
        return head;
    }

    /** Where the content starts: after a UTF-8 byte-order mark and any whitespace ({@code bytes().length} if none). */
    public int contentStart() {
        return contentStart(head);
    }

    public static int contentStart(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf
                ? 3 : 0;
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        return start;
    }

    /** Whether the content starts with {@code c}. */
    public boolean startsWith(char c) {
        int start = contentStart();
        return start < head.length && head[start] == c;
    }
}
