package org.opencrcn.referential.domain.catalog;

/** The bytes of a stored content file and how to serve them, read in one query. */
public record StoredContent(String mediaType, long byteSize, byte[] bytes) {}
