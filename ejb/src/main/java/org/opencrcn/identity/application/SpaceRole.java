package org.opencrcn.identity.application;

import java.io.Serializable;
import java.util.Objects;

/**
 * A role a person holds through a membership: the space it opens and the role's name, a short key
 * the screens translate ({@code role.<name>} in the message bundles, e.g. {@code orga-admin}).
 */
public record SpaceRole(Space space, String name) implements Serializable {
  public SpaceRole {
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(name, "name");
  }
}
