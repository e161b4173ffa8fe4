package org.clearchain.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a snapshot's assessment JSON is stored: zlib-deflated with a preset dictionary of the words assessments are
 * made of (keys, rules, phrases of the methodology), about an eighth of the text. A first scoring writes a snapshot
 * per supplier, and at 2.7 kB of JSON each the writing cost more than the reading and scoring together.
 * <p>
 * The zlib stream names its dictionary (Adler-32) and checks its content, so a damaged row fails to read instead of
 * showing another assessment. A dictionary is never edited once released: a better one is a new packing name beside
 * it, and rows keep naming the packing they were written with. Snapshots written before packing keep their JSON.
 */
public final class AssessmentPacking {

    /**
     * The packing new snapshots are written with. v2 is v1 and then an assessment on the ILAB editions (their sources,
     * edition names, the proxy wording), which v1 did not know: with v1 such snapshots packed to 549 bytes on average.
     */
    static final String CURRENT = "zlib-dict-v2";

    private static final Map<String, byte[]> DICTIONARIES = Map.of(
            "zlib-dict-v1", resource("assessment-dictionary-v1.txt"),
            "zlib-dict-v2", resource("assessment-dictionary-v2.txt"));
    private static final byte[] CURRENT_DICTIONARY = DICTIONARIES.get(CURRENT);

    private AssessmentPacking() {
    }

    /** Packs many assessments with one deflater: allocating zlib's state for each would cost more than deflating. */
    static final class Packer implements AutoCloseable {

        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        private final byte[] buffer = new byte[16 * 1024];

        byte[] pack(byte[] json) {
            deflater.reset();
            deflater.setDictionary(CURRENT_DICTIONARY);
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4);
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        }

        @Override
        public void close() {
            deflater.end();
        }
    }

    public static byte[] unpack(String packing, byte[] packed) {
        byte[] dictionary = packing == null ? null : DICTIONARIES.get(packing);
        if (dictionary == null) {
            throw new IllegalStateException("unknown assessment packing '" + packing + "'");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 8);
            byte[] buffer = new byte[16 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && inflater.needsDictionary()) {
                    inflater.setDictionary(dictionary);
                } else if (n == 0 && (inflater.needsInput() || inflater.getRemaining() == 0)) {
                    throw new IllegalStateException("a packed assessment ends early: the row is damaged");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new IllegalStateException("a packed assessment could not be read: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = AssessmentPacking.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
