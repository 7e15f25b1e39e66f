package org.opencrcn.certification.application;

import java.io.Serializable;

/** What a sessions file created: how many sessions and candidates. */
public record SessionsImported(int sessions, int candidates) implements Serializable {}
