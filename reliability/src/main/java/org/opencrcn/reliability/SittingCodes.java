package org.opencrcn.reliability;

/** What a certification session's candidates and supervisor are given: its three codes. */
public record SittingCodes(long sessionNumber, String accessCode, String supervisorPassword) {}
