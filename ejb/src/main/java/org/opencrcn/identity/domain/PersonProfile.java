package org.opencrcn.identity.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the identity provider says of the signed-in person (claims of the ID token), with what their
 * school ENT asserted when they signed in through it (else {@link EntAffiliation#none()}).
 */
public record PersonProfile(
    @NotBlank @Size(max = 64) String subject,
    @NotBlank @Size(max = 255) String username,
    @Size(max = 255) String firstName,
    @Size(max = 255) String lastName,
    @Size(max = 320) String email,
    @NotNull EntAffiliation ent)
    implements java.io.Serializable {

  /** A person who did not sign in through an ENT. */
  public PersonProfile(
      String subject, String username, String firstName, String lastName, String email) {
    this(subject, username, firstName, lastName, email, EntAffiliation.none());
  }
}
