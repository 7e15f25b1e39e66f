package org.opencrcn.identity.domain;

/** How an account came to be: a local Keycloak account, or a first sign-in through a school ENT. */
public enum AccountOrigin {
  LOCAL,
  ENT
}
