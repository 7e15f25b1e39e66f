package org.opencrcn.organization.application.pupils;

/** Fired when an import is queued; its job starts once that transaction has committed. */
record PupilImportQueued(long importId) {}
