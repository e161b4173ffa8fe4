package org.clearchain.integrations.feed;

/** How a file reached Clearchain: BUNDLED is a reference edition the application ships, loaded on first start. */
public enum ImportSource { INBOX, UPLOAD, PULL, BUNDLED }
