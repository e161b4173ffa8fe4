package org.clearchain.integrations.feed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a file before any of it is imported: its size, its archive (a .zip of one file or a .gz is unpacked,
 * within limits), and its encoding; and works out its SHA-256, by which the same file twice is recognised.
 * Everything is streamed: a file is read twice at most and never held in memory.
 */
public final class FileIntake {

    private static final int HEAD = 4096;

    private final FileLimits limits;

    public FileIntake(FileLimits limits) {
        this.limits = limits;
    }

    /** A file ready to parse: plain (unpacked), checked, with the checksum of what arrived. */
    public record CheckedFile(Path plain, boolean unpacked, String checksum, long bytes) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            if (unpacked) {
                Files.deleteIfExists(plain);
            }
        }
    }

    /** The file's size and SHA-256, after the size check: enough to recognise a file imported before. */
    public record Received(Path file, String checksum, long bytes) { }

    public Received receive(Path file) throws UnreadableFileException, IOException {
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new UnreadableFileException("the file is " + megabytes(size) + " MB; files may be at most "
                    + megabytes(limits.maxBytes()) + " MB (split it, or raise clearchain.feeds.max-file-size)");
        }
        if (size == 0) {
            throw new UnreadableFileException("the file is empty");
        }
        return new Received(file, sha256(file), size);
    }

    /** Unpacks an archive (within limits) and checks the encoding of the whole file, before any row is imported. */
    public CheckedFile check(Received received, Charset charset) throws UnreadableFileException, IOException {
        return check(received, head -> charset);
    }

    /** As {@link #check(Received, Charset)}, with the encoding chosen from the first bytes of the unpacked file. */
    public CheckedFile check(Received received, Function<byte[], Charset> charsetOfHead)
            throws UnreadableFileException, IOException {
        Path plain = received.file();
        boolean unpacked = false;
        Archive archive = Archive.of(received.file());
        if (archive != Archive.NONE) {
            plain = unpack(received.file(), archive, received.bytes());
            unpacked = true;
        }
        try {
            requireEncoding(plain, charsetOfHead.apply(head(plain)));
        } catch (UnreadableFileException | IOException | RuntimeException e) {
            if (unpacked) {
                Files.deleteIfExists(plain);
            }
            throw e;
        }
        return new CheckedFile(plain, unpacked, received.checksum(), received.bytes());
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private enum Archive {
        NONE, ZIP, GZIP;

        static Archive of(Path file) throws IOException {
            byte[] magic = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(magic, 0, 4);
            }
            if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return ZIP;
            }
            if (n >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                return GZIP;
            }
            return NONE;
        }
    }

    private Path unpack(Path file, Archive archive, long packedSize) throws IOException, UnreadableFileException {
        long allowed = Math.min(limits.maxBytes(), Math.max(packedSize, 1) * limits.maxExpansion());
        Path target = Files.createTempFile("clearchain-feed-", ".unpacked");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
             OutputStream out = Files.newOutputStream(target)) {
            InputStream content;
            if (archive == Archive.ZIP) {
                ZipInputStream zip = new ZipInputStream(raw);
                ZipEntry entry = zip.getNextEntry();
                while (entry != null && entry.isDirectory()) {
                    entry = zip.getNextEntry();
                }
                if (entry == null) {
                    throw new UnreadableFileException("the zip archive holds no file");
                }
                content = zip;
                copyAtMost(content, out, allowed, packedSize);
                ZipEntry next = zip.getNextEntry();
                if (next != null && !next.isDirectory()) {
                    throw new UnreadableFileException("the zip archive holds more than one file; send one file per archive");
                }
            } else {
                content = new GZIPInputStream(raw);
                copyAtMost(content, out, allowed, packedSize);
            }
        } catch (UnreadableFileException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw new UnreadableFileException("the archive is damaged: " + e.getMessage(), e);
        }
        return target;
    }

    private void copyAtMost(InputStream in, OutputStream out, long allowed, long packedSize)
            throws IOException, UnreadableFileException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > allowed) {
                throw new UnreadableFileException("the archive unpacks to more than " + megabytes(allowed)
                        + " MB from " + megabytes(packedSize) + " MB packed; refused as a possible zip bomb");
            }
            out.write(buffer, 0, n);
        }
    }

    /** Decodes the whole file strictly, so a latin-1 file sent as UTF-8 is refused before any row goes in. */
    private static void requireEncoding(Path file, Charset charset) throws IOException, UnreadableFileException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            boolean end = false;
            while (!end) {
                n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    chars.flip();
                    line += count(chars);
                    throw new UnreadableFileException("the file is not valid " + charset.name() + " (line " + line
                            + "); save it as " + charset.name() + " and send it again");
                }
                chars.flip();
                line += count(chars);
                chars.clear();
                bytes.compact();
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("the file is not valid " + charset.name(), e);
        }
    }

    private static int count(CharBuffer chars) {
        int lines = 0;
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
