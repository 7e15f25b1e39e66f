package org.opencrcn.it.support;

/**
 * A person a test class made for itself: a Keycloak account of the opencrcn realm (username,
 * password) and its subject, which the application knows the person by.
 */
public record Person(
    String username,
    String password,
    String subject,
    String firstName,
    String lastName,
    String email) {

  /** The name the application shows: "first last". */
  public String displayName() {
    return firstName + " " + lastName;
  }
}
