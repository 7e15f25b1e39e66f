package org.opencrcn.certification.domain.certificate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A published, validated certification result as printed and as shown on the public verification
 * page. Holds no birthdate on purpose: a certificate is shared with strangers.
 */
public record Certificate(
    String holderFirstName,
    String holderFamilyName,
    String centreName,
    LocalDate sessionDate,
    int totalPix,
    String verificationCode,
    List<Line> competences)
    implements Serializable {
  public Certificate {
    competences = List.copyOf(competences);
  }

  /** One competence: its code, name, and certified level (-1 when not certified). */
  public record Line(String code, String name, int level) implements Serializable {
    public boolean certified() {
      return level >= 0;
    }
  }

  public String holderName() {
    return holderFirstName + " " + holderFamilyName;
  }
}
