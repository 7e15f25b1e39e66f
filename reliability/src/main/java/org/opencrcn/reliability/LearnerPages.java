package org.opencrcn.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner reads on the learner's pages and fills in, shared by the reliability drivers and
 * the load benchmark: the competence tiles of the dashboard with their start forms, and an answer
 * to any question form.
 */
public final class LearnerPages {
  private static final Pattern TILE = Pattern.compile("id=\"tile-([0-9.]+)\"");

  private LearnerPages() {}

  /** The competence codes of the dashboard's tiles, in page order. */
  public static List<String> competences(HtmlPage home) {
    List<String> codes = new ArrayList<>();
    Matcher tile = TILE.matcher(home.html());
    while (tile.find()) {
      codes.add(tile.group(1));
    }
    return codes;
  }

  /** The start ("Commencer" or "Reprendre") forms of a competence's tile; none once completed. */
  public static List<HtmlPage.Form> startForms(HtmlPage home, String code) {
    return home.formsAfter("id=\"tile-" + code + "\"", "</li>").stream()
        .filter(form -> form.id().endsWith("start"))
        .toList();
  }

  /** The fields of a start form with its button pressed, if the tile has one. */
  public static Optional<Map<String, String>> startFields(HtmlPage.Form form) {
    return form.button("go")
        .map(
            go -> {
              Map<String, String> fields = form.hiddenFields();
              fields.put(go.name(), go.value());
              return fields;
            });
  }

  /**
   * What a learner fills in: one choice, one box, a word in each text field; then "Valider". Empty
   * when the form has no Valider button.
   */
  public static Optional<Map<String, String>> answerFields(HtmlPage.Form form, Random random) {
    Map<String, String> fields = form.hiddenFields();
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (HtmlPage.Input input : form.inputs()) {
      switch (input.type()) {
        case "radio", "checkbox" ->
            options.computeIfAbsent(input.name(), name -> new ArrayList<>()).add(input.value());
        case "text" -> fields.put(input.name(), random.nextBoolean() ? "oui" : "42");
        default -> {}
      }
    }
    options.forEach((name, values) -> fields.put(name, values.get(random.nextInt(values.size()))));
    return form.button("validate")
        .map(
            validate -> {
              fields.put(validate.name(), validate.value());
              return fields;
            });
  }
}
