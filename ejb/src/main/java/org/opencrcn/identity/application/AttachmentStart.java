package org.opencrcn.identity.application;

/**
 * A started attachment: the token that names it (in the link the browser comes back to) and the
 * secret the browser that started it keeps (a cookie): only that browser can finish it.
 */
public record AttachmentStart(String token, String browserSecret) {}
