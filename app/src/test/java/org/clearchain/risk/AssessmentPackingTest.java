package org.clearchain.risk;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssessmentPackingTest {

    /** An assessment as the engine writes it, with a name and a country the dictionary has never seen. */
    private static final String ASSESSMENT = """
            {"contributions":[{"rule":"I.country","factor":"Viet Nam (South-eastern Asia): prevalence 4.1 per 1,000",\
            "source":"Walk Free Global Slavery Index 2023","edition":"gsi-2023","rawValue":"4.1 / 10 × 30","points":12.3,\
            "asOf":"2026-11-24"},{"rule":"A.agency","factor":"Nhân Lực Đông Á JSC: licence REVOKED","source":"agency 41 \
            (licence register)","edition":"clearchain-risk-1.0","rawValue":"agency score 100 (REVOKED 100) / 100 × 25 × \
            exposure 1 × 0.5^(2/12) = 22.27","points":22.27190367,"asOf":"2026-09-30"}],"supplierId":"7","asOf":"2026-11-24",\
            "methodologyVersion":"clearchain-risk-1.0","score":70.0,"band":"HIGH","scoreBeforeFloors":34.57,"inherent":12.3,\
            "evidence":0.0,"agencies":22.27,"declaration":0.0,"floors":[{"rule":"FLOOR.R4","band":"HIGH","reason":"uses an \
            agency whose licence is REVOKED"}],"highRiskSectors":["garments"],"lowConfidenceReasons":[],"editionsUsed":[]}""";

    @Test
    void aPackedAssessmentReadsBackToTheSameBytes() {
        byte[] json = ASSESSMENT.getBytes(StandardCharsets.UTF_8);
        byte[] packed;
        try (AssessmentPacking.Packer packer = new AssessmentPacking.Packer()) {
            packer.pack("{\"something\":\"else first\"}".getBytes(StandardCharsets.UTF_8));
            packed = packer.pack(json);
        }

        assertArrayEquals(json, AssessmentPacking.unpack(AssessmentPacking.CURRENT, packed));
        assertTrue(packed.length * 2 < json.length, "packed " + packed.length + " of " + json.length + " bytes");
    }

    @Test
    void aDamagedRowFailsToReadRatherThanShowingSomethingElse() {
        byte[] packed;
        try (AssessmentPacking.Packer packer = new AssessmentPacking.Packer()) {
            packed = packer.pack(ASSESSMENT.getBytes(StandardCharsets.UTF_8));
        }
        byte[] flipped = packed.clone();
        flipped[flipped.length / 2] ^= 0x20;
        byte[] cut = java.util.Arrays.copyOf(packed, packed.length - 5);

        assertThrows(IllegalStateException.class, () -> AssessmentPacking.unpack(AssessmentPacking.CURRENT, flipped));
        assertThrows(IllegalStateException.class, () -> AssessmentPacking.unpack(AssessmentPacking.CURRENT, cut));
        assertThrows(IllegalStateException.class, () -> AssessmentPacking.unpack("zlib-dict-v0", packed));
    }

    /** Stored rows need the dictionary byte for byte: a better one is a new file and a new packing name. */
    @Test
    void theReleasedDictionariesAreNeverEdited() throws Exception {
        assertEquals("2749309520ec0b0ba42be5024443fd3662796725a4e0244a6cbddd06e18d952e", sha("assessment-dictionary-v1.txt"));
        assertEquals("246c8c6ea7bc864d7b0ed8af592a4da3287ff2561bd3066c9ac5a09ca97f8ed1", sha("assessment-dictionary-v2.txt"));
    }

    /** Snapshots written before v2 name v1, and still read. */
    @Test
    void aRowPackedWithTheFirstDictionaryStillReads() throws Exception {
        byte[] json = ASSESSMENT.getBytes(StandardCharsets.UTF_8);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        try (InputStream in = AssessmentPacking.class.getResourceAsStream("assessment-dictionary-v1.txt")) {
            deflater.setDictionary(in.readAllBytes());
        }
        deflater.setInput(json);
        deflater.finish();
        byte[] buffer = new byte[16 * 1024];
        byte[] packed = java.util.Arrays.copyOf(buffer, deflater.deflate(buffer));
        deflater.end();

        assertArrayEquals(json, AssessmentPacking.unpack("zlib-dict-v1", packed));
    }

    private static String sha(String dictionary) throws Exception {
        try (InputStream in = AssessmentPacking.class.getResourceAsStream(dictionary)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }
}
