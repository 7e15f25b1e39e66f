package org.opencrcn.referential.application;

/** Fired inside the import's transaction; observers that rebuild caches wait for its commit. */
public record ContentImported(String packVersion) {}
