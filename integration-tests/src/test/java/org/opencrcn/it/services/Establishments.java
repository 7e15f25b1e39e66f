package org.opencrcn.it.services;

import java.nio.charset.Charset;
import java.util.concurrent.ThreadLocalRandom;
import org.opencrcn.organization.domain.Uai;

/**
 * Test establishments: UAIs drawn at random (with their official check letter) so that tests
 * sharing one database across runs never meet each other's data; directory files built from lines.
 */
final class Establishments {
  static final String HEADER =
      "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Nom_commune;Libelle_academie;Mail\n";

  private Establishments() {}

  /** A UAI in the 06xxxxx range, which the demo and the sample directory do not use. */
  static String newUai() {
    String digits = "06" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    return digits + Uai.expectedCheckLetter(digits);
  }

  /** A line of the directory for a college in Grenoble with the usual address. */
  static String college(String uai, String name) {
    return uai + ";" + name + ";Collège;Grenoble;Grenoble;ce." + uai + "@ac-grenoble.fr\n";
  }

  static byte[] directory(Charset charset, String... lines) {
    return (HEADER + String.join("", lines)).getBytes(charset);
  }
}
