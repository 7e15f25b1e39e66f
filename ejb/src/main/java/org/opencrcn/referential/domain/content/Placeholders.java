package org.opencrcn.referential.domain.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Fills the {@code {{name}}} placeholders of a template challenge with one value set. */
final class Placeholders {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

  private final Map<String, String> values;

  Placeholders(Map<String, String> values) {
    this.values = values;
  }

  /** Placeholders left unknown stay as they are, for the validator to point out. */
  String fill(String text) {
    if (text == null) {
      return null;
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(
          filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    return matcher.appendTail(filled).toString();
  }

  List<String> fill(List<String> texts) {
    return texts == null ? null : texts.stream().map(this::fill).toList();
  }

  Solution fill(Solution solution) {
    return switch (solution) {
      case null -> null;
      case Solution.SingleChoice single -> single;
      case Solution.MultipleChoice multiple -> multiple;
      case Solution.FreeText free ->
          new Solution.FreeText(fill(free.accepted()), free.numeric(), free.unit());
      case Solution.IndependentFields byField ->
          new Solution.IndependentFields(
              byField.acceptedByField().entrySet().stream()
                  .collect(
                      Collectors.toMap(
                          Map.Entry::getKey,
                          e -> fill(e.getValue()),
                          (a, b) -> a,
                          LinkedHashMap::new)));
      case Solution.DependentFields groups ->
          new Solution.DependentFields(groups.groups().stream().map(this::fill).toList());
    };
  }

  /** Whether a text still holds a placeholder (one no value set defines). */
  static boolean hasPlaceholder(String text) {
    return text != null && PLACEHOLDER.matcher(text).find();
  }
}
