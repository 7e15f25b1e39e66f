package org.opencrcn.organization.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a director types on the public activation form. */
public record ActivationRequest(
    @NotBlank @Size(max = 32) String uai,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName)
    implements Serializable {}
