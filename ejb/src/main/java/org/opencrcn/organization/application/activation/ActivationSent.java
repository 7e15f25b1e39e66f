package org.opencrcn.organization.application.activation;

import java.io.Serializable;

/** Where the activation link went (partially masked) and for how many days it works. */
public record ActivationSent(String maskedEmail, int validityDays) implements Serializable {}
