package org.opencrcn.campaign.application.export;

/** Fired when a background export is queued; its job starts once that transaction committed. */
record ExportQueued(long jobId) {}
