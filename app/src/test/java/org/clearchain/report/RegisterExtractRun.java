package org.clearchain.report;

import io.micronaut.context.ApplicationContext;
import org.clearchain.licence.PublicLicenceView;
import org.clearchain.licence.PublicRegister;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;

/**
 * {@link ReportBench}'s child JVM (started with -Xmx256m): reads the whole register page by page (the baseline),
 * then renders the register extract, and prints one line {@code RESULT <read s> <render s> <bytes> <peak heap MiB>}.
 * The datasource comes from system properties, as the application's own start-up reads it.
 */
final class RegisterExtractRun {

    private RegisterExtractRun() {
    }

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.run(Map.of("clearchain.demo", "false",
                "micronaut.server.port", "-1",
                // a context with a database must have a signing secret (TokenSecretCheck), even one that serves no login
                "micronaut.security.token.jwt.signatures.secret.generator.secret", "a-bench-only-secret-long-enough-for-hs256"))) {
            PublicRegister register = context.getBean(PublicRegister.class);
            long t0 = System.nanoTime();
            int read = 0;
            String after = "";
            List<PublicLicenceView> page = register.page(null, after, RegisterExtract.PAGE);
            while (!page.isEmpty()) {
                read += page.size();
                after = page.get(page.size() - 1).number();
                page = register.page(null, after, RegisterExtract.PAGE);
            }
            double readSeconds = (System.nanoTime() - t0) / 1e9;
            resetPeaks();
            CountingStream out = new CountingStream();
            long t1 = System.nanoTime();
            context.getBean(RegisterExtract.class).write(null, ReportText.of("en"), out);
            double renderSeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf("RESULT %d %.2f %.2f %d %.1f%n", read, readSeconds, renderSeconds, out.bytes, peakHeapMiB());
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of every heap pool's peak since the reset: an upper bound of the heap in use at any one time. */
    private static double peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
    }

    /** Discards the document, counting its bytes. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
