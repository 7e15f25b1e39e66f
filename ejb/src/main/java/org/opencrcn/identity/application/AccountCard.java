package org.opencrcn.identity.application;

import java.io.Serializable;

/** What other contexts show of a person: their name and address (e.g. in a member list). */
public record AccountCard(long id, String displayName, String email) implements Serializable {}
