package org.opencrcn.organization.infrastructure.directory;

import java.util.Map;
import java.util.Optional;
import org.opencrcn.organization.domain.OrganizationType;

/**
 * The directory's establishment types (Type_etablissement) as organisation types: schools (Ecole,
 * Collège, Lycée, EREA) are SCO; the directory's other kinds (information and guidance centres,
 * administrative services, medico-social establishments) are PRO. A file made by hand may also give
 * SCO, SUP or PRO directly. Anything else is refused rather than guessed.
 */
final class EstablishmentTypes {
  private static final Map<String, OrganizationType> BY_KEY =
      Map.ofEntries(
          Map.entry("ecole", OrganizationType.SCO),
          Map.entry("college", OrganizationType.SCO),
          Map.entry("lycee", OrganizationType.SCO),
          Map.entry("erea", OrganizationType.SCO),
          Map.entry("etablissement_regional_d_enseignement_adapte", OrganizationType.SCO),
          Map.entry("information_et_orientation", OrganizationType.PRO),
          Map.entry("service_administratif", OrganizationType.PRO),
          Map.entry("medico_social", OrganizationType.PRO),
          Map.entry("sco", OrganizationType.SCO),
          Map.entry("sup", OrganizationType.SUP),
          Map.entry("pro", OrganizationType.PRO));

  private EstablishmentTypes() {}

  /** The organisation type of a directory label (case, accents and punctuation aside). */
  static Optional<OrganizationType> of(String label) {
    return Optional.ofNullable(BY_KEY.get(Labels.key(label)));
  }
}
