package org.clearchain.integrations.feed;

/**
 * What a file may weigh: {@code maxBytes} for the file as it arrives and as it unpacks, and
 * {@code maxExpansion} for how many times larger an archive may unpack than it is (a zip bomb unpacks a
 * thousand times or more; real CSV compresses about ten times).
 */
public record FileLimits(long maxBytes, int maxExpansion) {

    public static final FileLimits DEFAULT = new FileLimits(1L << 30, 100);
}
