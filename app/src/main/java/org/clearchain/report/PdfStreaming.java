package org.clearchain.report;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;

/**
 * Sends a PDF while it is being written: the document is rendered on a blocking thread into a pipe whose other
 * end is the response body, so no document is ever held whole in memory. Checks that can refuse the request
 * (access, parameters) must run before {@link #pdf} is called: once streaming starts the status is 200.
 */
@Singleton
class PdfStreaming {

    static final MediaType PDF = MediaType.of("application/pdf");
    private static final Logger LOG = LoggerFactory.getLogger(PdfStreaming.class);
    private static final int PIPE_BUFFER = 64 * 1024;

    private final ExecutorService executor;

    PdfStreaming(@Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.executor = executor;
    }

    /** What writes the document. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    HttpResponse<StreamedFile> pdf(String filename, Body body) {
        PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor.execute(() -> {
            try (out) {
                body.writeTo(out);
            } catch (Exception e) {
                // the client sees a cut-off document, which no PDF reader takes for a whole one
                LOG.error("Report {} failed while streaming", filename, e);
            }
        });
        return HttpResponse.ok(new StreamedFile(in, PDF))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"");
    }
}
