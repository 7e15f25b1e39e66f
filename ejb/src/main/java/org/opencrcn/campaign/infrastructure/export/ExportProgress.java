package org.opencrcn.campaign.infrastructure.export;

/** Told how many participants are written so far, every {@link #EVERY} lines and at the end. */
@FunctionalInterface
public interface ExportProgress {
  int EVERY = 1000;

  ExportProgress NONE = written -> {};

  void written(long lines);
}
