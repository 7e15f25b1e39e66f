package org.opencrcn.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccentFoldingTest {

  @Test
  @DisplayName("Typed text is folded like the database folds names: lower case, no accents")
  void fold() {
    assertThat(AccentFolding.fold("LEFÈVRE Noé Çà")).isEqualTo("lefevre noe ca");
  }

  @Test
  @DisplayName("Each accented letter has its plain form at the same place, as SQL TRANSLATE needs")
  void translateTables() {
    assertThat(AccentFolding.ACCENTED).hasSameSizeAs(AccentFolding.PLAIN);
    for (int i = 0; i < AccentFolding.ACCENTED.length(); i++) {
      assertThat(AccentFolding.fold(String.valueOf(AccentFolding.ACCENTED.charAt(i))))
          .isEqualTo(String.valueOf(AccentFolding.PLAIN.charAt(i)));
    }
    assertThat(AccentFolding.jpql("p.familyName"))
        .startsWith("cast(function('translate', lower(p.familyName), '");
  }
}
