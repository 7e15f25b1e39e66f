package org.opencrcn.referential.domain.content;

/** What a pack file is for, which decides the types it may have and how it is served. */
public enum FileUse {
  /** Offered for download next to the question. */
  ATTACHMENT,
  /** Shown in the question, with its alternative text. */
  ILLUSTRATION
}
