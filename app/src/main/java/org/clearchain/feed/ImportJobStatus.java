package org.clearchain.feed;

/** QUEUED (an upload not yet started) → RUNNING → SUCCEEDED | FAILED | DUPLICATE (the same file again). */
public enum ImportJobStatus { QUEUED, RUNNING, SUCCEEDED, FAILED, DUPLICATE }
