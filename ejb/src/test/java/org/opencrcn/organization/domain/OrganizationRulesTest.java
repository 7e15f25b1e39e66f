package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationRulesTest {
  private final OrganizationRules rules = new OrganizationRules(false);

  @Test
  @DisplayName(
      "A school with its details is accepted, trimmed, its UAI upper-cased, empty values dropped")
  void schoolAccepted() {
    var checked =
        rules.check(
            OrganizationType.SCO,
            " Collège Jean Moulin ",
            " 0381999z",
            "Grenoble",
            " ",
            "ce.0381999Z@ac-grenoble.fr");

    assertThat(checked.problems()).isEmpty();
    assertThat(checked.details())
        .contains(
            new OrganizationDetails(
                OrganizationType.SCO,
                "Collège Jean Moulin",
                "0381999Z",
                "Grenoble",
                null,
                "ce.0381999Z@ac-grenoble.fr"));
  }

  @Test
  @DisplayName("A school needs a UAI; other organisations do not")
  void uaiRequiredForSchoolsOnly() {
    assertThat(rules.check(OrganizationType.SCO, "École", "", null, null, null).problems())
        .containsExactly(Problem.of(Refusal.UAI_REQUIRED));
    assertThat(rules.check(OrganizationType.PRO, "Association", null, null, null, null).problems())
        .isEmpty();
    assertThat(
            rules
                .check(OrganizationType.SUP, "Université", " ", null, null, null)
                .details()
                .orElseThrow()
                .uai())
        .isNull();
  }

  @Test
  @DisplayName("A UAI given for any type must have the shape of one")
  void badUai() {
    assertThat(
            rules
                .check(OrganizationType.SUP, "Université", "038-1999", null, null, null)
                .problems())
        .containsExactly(new Problem(Refusal.UAI_SHAPE, "038-1999"));
  }

  @Test
  @DisplayName(
      "The official check letter is enforced only when the setting asks for it, naming the expected letter")
  void checkLetterOnRequest() {
    assertThat(
            rules.check(OrganizationType.SCO, "Collège", "0381999Z", null, null, null).problems())
        .isEmpty();
    assertThat(
            new OrganizationRules(true)
                .check(OrganizationType.SCO, "Collège", "0381999Z", null, null, null)
                .problems())
        .containsExactly(new Problem(Refusal.UAI_CHECK_LETTER, "S"));
    assertThat(
            new OrganizationRules(true)
                .check(OrganizationType.SCO, "Lycée", "0380027Y", null, null, null)
                .problems())
        .isEmpty();
  }

  @Test
  @DisplayName("Every problem is reported at once: type, name and e-mail")
  void everyProblem() {
    var checked = rules.check(null, "  ", null, null, null, "not an address");

    assertThat(checked.details()).isEmpty();
    assertThat(checked.problems())
        .containsExactly(
            Problem.of(Refusal.TYPE_REQUIRED),
            Problem.of(Refusal.NAME_REQUIRED),
            new Problem(Refusal.EMAIL_SHAPE, "not an address"));
  }

  @Test
  @DisplayName("Texts longer than the database holds are refused")
  void tooLong() {
    var checked =
        rules.check(
            OrganizationType.PRO, "n".repeat(256), null, "t".repeat(256), "a".repeat(65), null);

    assertThat(checked.problems())
        .extracting(Problem::refusal)
        .containsExactly(Refusal.NAME_TOO_LONG, Refusal.TOWN_TOO_LONG, Refusal.ACADEMY_TOO_LONG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ce.0381999Z@ac-grenoble.fr", "prenom.nom+orga@example.org", "a@b.co"})
  @DisplayName("Plain addresses are e-mail addresses")
  void goodEmails(String email) {
    assertThat(OrganizationRules.isEmail(email)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ce.0381999Z",
        "@ac-grenoble.fr",
        "a b@c.fr",
        "a@b",
        "a@-b.fr",
        "a@b..fr",
        "a;b@c.fr",
        "<a@b.fr>"
      })
  @DisplayName("Anything else is not")
  void badEmails(String email) {
    assertThat(OrganizationRules.isEmail(email)).isFalse();
  }

  @Test
  @DisplayName("A formula-like name is kept exactly as written")
  void formulaKept() {
    var checked =
        rules.check(OrganizationType.PRO, "=HYPERLINK(\"http://x\",\"y\")", null, null, null, null);

    assertThat(checked.details().orElseThrow().name()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
  }
}
