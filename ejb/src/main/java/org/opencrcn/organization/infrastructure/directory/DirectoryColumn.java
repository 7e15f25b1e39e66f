package org.opencrcn.organization.infrastructure.directory;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The columns read from the directory, each under the name of the ministry's export first (with
 * labels as headers: Identifiant_de_l_etablissement...) then other names people use. Any other
 * column is ignored. Names are compared by {@link Labels#key}.
 */
enum DirectoryColumn {
  UAI("Identifiant_de_l_etablissement", "uai", "code_uai", "numero_uai", "rne"),
  NAME("Nom_etablissement", "appellation_officielle", "nom", "name"),
  TYPE("Type_etablissement", "type"),
  TOWN("Nom_commune", "libelle_commune", "commune", "town"),
  ACADEMY("Libelle_academie", "academie", "academy"),
  EMAIL("Mail", "email", "e_mail", "courriel", "adresse_mail");

  private final String exportName;
  private final List<String> keys;

  DirectoryColumn(String exportName, String... otherNames) {
    this.exportName = exportName;
    this.keys =
        Stream.concat(Stream.of(exportName), Arrays.stream(otherNames)).map(Labels::key).toList();
  }

  /** The name the ministry's export gives this column. */
  String exportName() {
    return exportName;
  }

  boolean matches(String header) {
    return keys.contains(Labels.key(header));
  }
}
