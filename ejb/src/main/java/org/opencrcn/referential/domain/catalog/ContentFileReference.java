package org.opencrcn.referential.domain.catalog;

import jakarta.persistence.Embeddable;

/**
 * A challenge's pointer to a stored content file: its SHA-256, the name the pack gave the file (the
 * same content may be named differently by two challenges) and its size, shown to learners.
 */
@Embeddable
public record ContentFileReference(String sha256, String fileName, Long byteSize) {}
