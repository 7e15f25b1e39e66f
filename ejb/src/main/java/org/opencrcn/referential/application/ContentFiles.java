package org.opencrcn.referential.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opencrcn.referential.domain.catalog.StoredContent;
import org.opencrcn.shared.Roles;

/**
 * The files content packs ship (attachments, illustrations), for signed-in people only: every
 * learner may open the files of the questions they are asked, and nothing about a file is secret
 * beyond that, so its unguessable SHA-256 is the only key.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.PLATFORM_ADMIN})
public class ContentFiles {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  @PersistenceContext private EntityManager em;

  /** The stored file with this SHA-256 (lower-case hexadecimal), bytes included. */
  public Optional<StoredContent> find(@NotNull String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      return Optional.empty();
    }
    return em.createNamedQuery("ContentFile.download", StoredContent.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .findFirst();
  }
}
