package org.opencrcn.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.organization.domain.PupilMatcher.Candidate;
import org.opencrcn.organization.domain.PupilMatcher.Match;

/** Reconciliation's rules (docs/rules.md §6), on records that share a birthdate. */
class PupilMatcherTest {
  private static final Candidate LEA =
      new Candidate(1, "MARTIN", "DUPONT-MARTIN", "Léa", "Chloé", "Anne");
  private static final Candidate NOE = new Candidate(2, "LEFÈVRE", null, "Noé", null, null);

  @Test
  @DisplayName("Names match whatever the case, accents, spaces and punctuation")
  void normalised() {
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "  LEA ", "martin"))
        .isEqualTo(new Match.One(1));
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "noe", "Le Fèvre"))
        .isEqualTo(new Match.One(2));
  }

  @Test
  @DisplayName("The first name may be any of the three, the last name the family or the usage name")
  void otherNames() {
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "Chloé", "Dupont Martin"))
        .isEqualTo(new Match.One(1));
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "Anne", "Martin")).isEqualTo(new Match.One(1));
  }

  @Test
  @DisplayName("A typo within a quarter of the name's length still matches; more does not")
  void typos() {
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "Lea", "Martn")).isEqualTo(new Match.One(1));
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "Lea", "Martine")).isEqualTo(new Match.One(1));
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "Lea", "Morte")).isEqualTo(new Match.None());
    assertThat(PupilMatcher.match(List.of(LEA, NOE), "Lou", "Martin")).isEqualTo(new Match.None());
  }

  @Test
  @DisplayName("An exact match wins over close ones")
  void exactFirst() {
    Candidate marin = new Candidate(3, "MARIN", null, "Léa", null, null);

    assertThat(PupilMatcher.match(List.of(LEA, marin), "Léa", "Marin")).isEqualTo(new Match.One(3));
  }

  @Test
  @DisplayName("Two records equally matching are ambiguous")
  void several() {
    Candidate twin = new Candidate(4, "MARTIN", null, "Léa", null, null);

    assertThat(PupilMatcher.match(List.of(LEA, twin), "Léa", "Martin"))
        .isEqualTo(new Match.Several(2));
    assertThat(PupilMatcher.match(List.of(LEA, twin), "Léa", "Martine"))
        .isEqualTo(new Match.Several(2));
  }

  @Test
  @DisplayName("Empty names never match")
  void empty() {
    assertThat(PupilMatcher.match(List.of(LEA), "--", "Martin")).isEqualTo(new Match.None());
  }
}
