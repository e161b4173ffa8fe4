package org.clearchain.integrations.feed;

/** How a file reached Clearchain. */
public enum ImportSource { INBOX, UPLOAD, PULL }
