package fr.clsbot.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a file as bytes, read in large blocks, so that a line that is not valid UTF-8 can be skipped on its
 * own rather than failing the whole file (as a {@code Reader} does).
 */
final class LineReader {
    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final byte[] block = new byte[BLOCK];
    private int position;
    private int limit;
    private byte[] line = new byte[512];
    private int length;

    LineReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line without its line feed, in a buffer reused by the next call (its first {@link #length()} bytes),
     * or null at the end.
     */
    byte[] next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(block);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? line : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && block[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                return line;
            }
        }
    }

    /** The length of the line last returned. */
    int length() {
        return length;
    }

    private void append(int start, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(block, start, line, length, count);
        length += count;
    }
}
