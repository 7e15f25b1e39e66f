package org.opencrcn.shared.audit;

import java.io.Serializable;
import java.util.List;

/** A page of events, newest first, and how many events match the filter in all. */
public record AuditPage(List<AuditEntry> entries, long total) implements Serializable {}
