package org.opencrcn.assessment.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;

class AnswerValidatorTest {
  private static final Set<Tolerance> ALL = EnumSet.allOf(Tolerance.class);
  private static final Set<Tolerance> NONE = EnumSet.noneOf(Tolerance.class);

  private static boolean qroc(Set<Tolerance> tolerances, String answer, String... accepted) {
    return AnswerValidator.isRight(
        new Solution.FreeText(List.of(accepted), false),
        tolerances,
        List.of(),
        new Answer.Text(answer));
  }

  @Nested
  @DisplayName("Tolerances")
  class Tolerances {
    @ParameterizedTest(name = "\"{0}\" is accepted for \"{1}\" with every tolerance")
    @CsvSource(
        delimiter = '|',
        value = {
          "  Paris  | Paris",
          "PARIS | Paris",
          "élève | eleve",
          "Île-de-France | ile de france",
          "mont saint michel | Mont-Saint-Michel",
          "l'Éducation nationale | education nationale",
          "Pariss | Paris",
          "Wikipedia | Wikipédia",
          "Rhône | rhone",
          "Paris\u00a0 | Paris"
        })
    void accepted(String answer, String solution) {
      assertThat(qroc(ALL, answer, solution)).isTrue();
    }

    @Test
    @DisplayName("t1 alone: case, accents and spaces are forgiven, punctuation and typos are not")
    void t1Only() {
      Set<Tolerance> t1 = EnumSet.of(Tolerance.T1);
      assertThat(qroc(t1, "ÉCOLE  numérique", "ecolenumerique")).isTrue();
      assertThat(qroc(t1, "école-numérique", "ecole numerique")).isFalse();
      assertThat(qroc(t1, "ecolle", "ecole")).isFalse();
    }

    @Test
    @DisplayName("t3 forgives a typo only up to a quarter of the answer's length")
    void typoRatio() {
      assertThat(qroc(ALL, "navigatuer", "navigateur")).isTrue(); // 2 edits / 10
      assertThat(qroc(ALL, "nav", "navigateur")).isFalse();
      assertThat(qroc(ALL, "lion", "loup")).isFalse(); // 2 edits / 4
    }

    @Test
    @DisplayName("Without tolerance only the exact text is right")
    void exact() {
      assertThat(qroc(NONE, "print(x)", "print(x)")).isTrue();
      assertThat(qroc(NONE, "print (x)", "print(x)")).isFalse();
      assertThat(qroc(NONE, "Print(x)", "print(x)")).isFalse();
    }

    @Test
    @DisplayName("Any accepted variant is right; an empty answer never is")
    void variantsAndEmpty() {
      assertThat(qroc(ALL, "Lugdunum", "Lyon", "Lugdunum")).isTrue();
      assertThat(qroc(ALL, "   ", "Lyon")).isFalse();
    }
  }

  @Test
  @DisplayName("Numeric answers compare as numbers, written the French way or not")
  void numeric() {
    Solution solution = new Solution.FreeText(List.of("1000.5"), true);
    for (String written : List.of("1 000,5", "1000,50", "1000.5", "1\u00a0000,5")) {
      assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Text(written)))
          .as(written)
          .isTrue();
    }
    assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Text("1000,6")))
        .isFalse();
    assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Text("mille")))
        .isFalse();
  }

  @Test
  @DisplayName("QCU: the right proposal only")
  void singleChoice() {
    Solution solution = new Solution.SingleChoice(2);
    assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Choice(2))).isTrue();
    assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Choice(1))).isFalse();
    assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Text("2"))).isFalse();
  }

  @Test
  @DisplayName("QCM: the same set of proposals, in any order, no more and no fewer")
  void multipleChoice() {
    Solution solution = new Solution.MultipleChoice(Set.of(1, 3));
    assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Choices(Set.of(3, 1))))
        .isTrue();
    assertThat(AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Choices(Set.of(1))))
        .isFalse();
    assertThat(
            AnswerValidator.isRight(solution, ALL, List.of(), new Answer.Choices(Set.of(1, 2, 3))))
        .isFalse();
  }

  @Test
  @DisplayName("QROCM-ind: every field checked on its own, all must be right")
  void independentFields() {
    Solution solution =
        new Solution.IndependentFields(
            Map.of("ville", List.of("Lyon"), "dep", List.of("69", "Rhône")));
    assertThat(
            AnswerValidator.isRight(
                solution,
                ALL,
                List.of("ville", "dep"),
                new Answer.Fields(Map.of("ville", "lyon", "dep", "rhone"))))
        .isTrue();
    assertThat(
            AnswerValidator.isRight(
                solution,
                ALL,
                List.of("ville", "dep"),
                new Answer.Fields(Map.of("ville", "Lyon", "dep", "38"))))
        .isFalse();
    assertThat(
            AnswerValidator.isRight(
                solution, ALL, List.of("ville", "dep"), new Answer.Fields(Map.of("ville", "Lyon"))))
        .isFalse();
  }

  @Test
  @DisplayName(
      "QROCM-dep: answers match distinct groups in any order; one group cannot serve twice")
  void dependentFields() {
    Solution solution =
        new Solution.DependentFields(List.of(List.of("rouge"), List.of("vert"), List.of("bleu")));
    List<String> keys = List.of("a", "b");
    assertThat(
            AnswerValidator.isRight(
                solution, ALL, keys, new Answer.Fields(Map.of("a", "Bleu", "b", "rouge"))))
        .isTrue();
    assertThat(
            AnswerValidator.isRight(
                solution, ALL, keys, new Answer.Fields(Map.of("a", "rouge", "b", "Rouge"))))
        .isFalse();
    assertThat(
            AnswerValidator.isRight(
                solution, ALL, keys, new Answer.Fields(Map.of("a", "rouge", "b", "jaune"))))
        .isFalse();
  }
}
