package org.opencrcn.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A profile holds in a school only when the ENT ties it to that school (docs/ent-sso.md, "What is
 * trusted"): a director of school A listed at school B is not B's director.
 */
class EntProfilesPerSchoolTest {
  private static final String A = "0383777X";
  private static final String B = "0382888Y";

  @Test
  @DisplayName(
      "A director of school A who is a parent at school B is a director of A only (ENTPersonFonctions)")
  void directorOfOneSchoolListedAtAnother() {
    EntAffiliation ent =
        new EntAffiliation(
            List.of("National_DIR", "National_TUT"),
            List.of(A, B),
            List.of(A + "$DIR$DIRECTION$-$CHEF D'ETABLISSEMENT"),
            null);

    assertThat(ent.profilesAt(A)).containsExactly(EntProfile.DIRECTOR);
    assertThat(ent.profilesAt(B)).isEmpty();
    assertThat(ent.hasAt(EntProfile.DIRECTOR, "0383 777x")).isTrue();
    assertThat(ent.hasAt(EntProfile.DIRECTOR, B)).isFalse();
  }

  @Test
  @DisplayName(
      "Several schools and no per-school function tie nothing: the director profile holds nowhere")
  void severalSchoolsWithoutFunctions() {
    EntAffiliation ent = new EntAffiliation(List.of("National_DIR"), List.of(A, B), null);

    assertThat(ent.profilesAt(A)).isEmpty();
    assertThat(ent.profilesAt(B)).isEmpty();
  }

  @Test
  @DisplayName(
      "One school in the assertion carries every profile the ENT gives, pupils included; a school not named carries none")
  void oneSchool() {
    EntAffiliation director =
        new EntAffiliation(List.of("National_DIR", "National_ENS"), List.of(A), null);
    EntAffiliation pupil = new EntAffiliation(List.of("National_ELV"), List.of(A), "3A");

    assertThat(director.profilesAt(A))
        .containsExactlyInAnyOrder(EntProfile.DIRECTOR, EntProfile.TEACHER);
    assertThat(pupil.profilesAt(A)).containsExactly(EntProfile.PUPIL);
    assertThat(pupil.profilesAt(B)).isEmpty();
  }

  @Test
  @DisplayName(
      "A function needs the national profile too; a function elsewhere stops the one-school rule")
  void functionAndProfileBoth() {
    EntAffiliation teacherWithDirectionFunction =
        new EntAffiliation(
            List.of("National_ENS"), List.of(A, B), List.of(A + "$DIR$X", B + "$ENS$Y"), null);
    EntAffiliation functionElsewhere =
        new EntAffiliation(List.of("National_DIR"), List.of(A), List.of(B + "$DIR$X"), null);

    assertThat(teacherWithDirectionFunction.profilesAt(A)).isEmpty();
    assertThat(teacherWithDirectionFunction.profilesAt(B)).containsExactly(EntProfile.TEACHER);
    assertThat(functionElsewhere.profilesAt(A)).isEmpty();
  }

  @Test
  @DisplayName(
      "Functions are read as UAI$CODE (documentalists teach, other functions give nothing); malformed values are dropped")
  void functionsParsed() {
    EntAffiliation ent =
        new EntAffiliation(
            List.of("National_ENS", "National_DIR"),
            List.of(A, B),
            List.of(" 0383777x $ doc $CDI", "nonsense", "$DIR$", B + "$ADF$SECRETARIAT"),
            null);

    assertThat(ent.functions()).containsExactly(A + "$DOC", B + "$ADF");
    assertThat(ent.profilesAt(A)).containsExactly(EntProfile.TEACHER);
    assertThat(ent.profilesAt(B)).isEmpty();
  }

  @Test
  @DisplayName("The account keeps the functions of the last ENT sign-in")
  void accountStoresFunctions() {
    EntAffiliation ent =
        new EntAffiliation(
            List.of("National_DIR", "National_TUT"), List.of(A, B), List.of(A + "$DIR$D"), null);
    Account account = new Account(new PersonProfile("s", "ent.p", "Paul", "G", null, ent));

    account.refresh(new PersonProfile("s", "ent.p", "Paul", "G", null, ent), Instant.now());

    assertThat(account.entAffiliation().functions()).containsExactly(A + "$DIR");
    assertThat(account.entAffiliation().profilesAt(B)).isEmpty();
  }
}
