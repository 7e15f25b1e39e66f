package org.opencrcn.identity.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the identity provider says of the signed-in person (claims of the ID token). */
public record PersonProfile(
    @NotBlank @Size(max = 64) String subject,
    @NotBlank @Size(max = 255) String username,
    @Size(max = 255) String firstName,
    @Size(max = 255) String lastName,
    @Size(max = 320) String email)
    implements java.io.Serializable {}
