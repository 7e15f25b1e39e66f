package org.opencrcn.referential.infrastructure.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencrcn.referential.domain.content.Challenge;
import org.opencrcn.referential.domain.content.ChallengeStatus;
import org.opencrcn.referential.domain.content.ChallengeType;
import org.opencrcn.referential.domain.content.Solution;
import org.opencrcn.referential.domain.content.Tolerance;
import org.opencrcn.referential.domain.lint.LintRule;

/** Reads one challenge of a competence file, solution included, in the shape its type needs. */
final class ChallengeReader {
  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "type",
          "locale",
          "status",
          "instruction",
          "proposals",
          "fields",
          "solution",
          "numeric",
          "tolerances",
          "timer",
          "attachment",
          "illustration",
          "embedUrl",
          "focused",
          "accessibility",
          "irt",
          "values",
          "shuffle",
          "unit",
          "lint");

  Challenge read(YamlNode node) {
    node.rejectUnknownFields(FIELDS);
    String id = node.text("id", true);
    ChallengeType type = type(node);
    String locale = node.has("locale") ? node.text("locale", false) : "fr";
    ChallengeStatus status = status(node);
    String instruction = node.text("instruction", true);
    List<String> proposals = node.texts("proposals", false);
    List<Challenge.Field> fields =
        node.has("fields")
            ? node.list(
                "fields",
                false,
                field -> {
                  field.rejectUnknownFields(Set.of("key", "label"));
                  String key = field.text("key", true);
                  return key == null ? null : new Challenge.Field(key, field.text("label", false));
                })
            : null;
    boolean numeric = Boolean.TRUE.equals(node.bool("numeric"));
    String unit = node.text("unit", false);
    if (unit != null && (type != ChallengeType.QROC || !numeric || unit.isBlank())) {
      node.error("challenge.unit", unit);
    }
    Solution solution = type == null ? null : solution(node, type, numeric, unit);
    return new Challenge(
        id,
        type,
        locale,
        status,
        instruction,
        proposals,
        fields,
        solution,
        tolerances(node),
        node.integer("timer", false),
        attachment(node),
        illustration(node),
        node.text("embedUrl", false),
        Boolean.TRUE.equals(node.bool("focused")),
        accessibility(node),
        irt(node),
        valueSets(node),
        !Boolean.FALSE.equals(node.bool("shuffle")),
        node.lintSilences(LintRule.Scope.CHALLENGE));
  }

  /** A template's value sets: a list of objects whose values are plain texts. */
  private static List<Map<String, String>> valueSets(YamlNode node) {
    JsonNode raw = node.raw("values");
    if (raw == null || raw.isNull()) {
      return null;
    }
    if (!raw.isArray()) {
      node.error("field.list", "values");
      return List.of();
    }
    List<Map<String, String>> sets = new ArrayList<>();
    for (JsonNode set : raw) {
      if (!set.isObject()) {
        node.error("field.object", "values");
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (var entries = set.fields(); entries.hasNext(); ) {
        var entry = entries.next();
        if (!entry.getValue().isValueNode()) {
          node.error("field.text", "values");
        }
        values.put(entry.getKey(), entry.getValue().asText());
      }
      sets.add(values);
    }
    return sets;
  }

  private static ChallengeType type(YamlNode node) {
    String code = node.text("type", true);
    if (code == null) {
      return null;
    }
    return ChallengeType.ofCode(code)
        .orElseGet(
            () -> {
              node.error("challenge.type", code);
              return null;
            });
  }

  private static ChallengeStatus status(YamlNode node) {
    String code = node.text("status", false);
    if (code == null) {
      return ChallengeStatus.VALIDATED;
    }
    return ChallengeStatus.ofCode(code)
        .orElseGet(
            () -> {
              node.error("challenge.status", code);
              return null;
            });
  }

  private static Set<Tolerance> tolerances(YamlNode node) {
    List<String> codes = node.texts("tolerances", false);
    if (codes == null) {
      return EnumSet.allOf(Tolerance.class);
    }
    Set<Tolerance> tolerances = EnumSet.noneOf(Tolerance.class);
    for (String code : codes) {
      Tolerance.ofCode(code)
          .ifPresentOrElse(tolerances::add, () -> node.error("challenge.tolerance", code));
    }
    return tolerances;
  }

  private static Solution solution(
      YamlNode node, ChallengeType type, boolean numeric, String unit) {
    JsonNode raw = node.raw("solution");
    if (raw == null || raw.isNull()) {
      node.text("solution", true);
      return null;
    }
    return switch (type) {
      case QCU -> {
        if (!raw.isIntegralNumber()) {
          node.error("field.integer", "solution");
          yield null;
        }
        yield new Solution.SingleChoice(raw.intValue());
      }
      case QCM -> {
        Set<Integer> chosen = new LinkedHashSet<>();
        if (!raw.isArray()) {
          node.error("field.list", "solution");
          yield null;
        }
        for (JsonNode element : raw) {
          if (!element.isIntegralNumber()) {
            node.error("field.integer", "solution");
            yield null;
          }
          chosen.add(element.intValue());
        }
        yield new Solution.MultipleChoice(chosen);
      }
      case QROC -> {
        List<String> accepted = answers(node, raw);
        yield accepted == null ? null : new Solution.FreeText(accepted, numeric, unit);
      }
      case QROCM_IND -> {
        if (!raw.isObject()) {
          node.error("field.object", "solution");
          yield null;
        }
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (var entries = raw.fields(); entries.hasNext(); ) {
          var entry = entries.next();
          List<String> accepted = answers(node, entry.getValue());
          if (accepted != null) {
            byField.put(entry.getKey(), accepted);
          }
        }
        yield new Solution.IndependentFields(byField);
      }
      case QROCM_DEP -> {
        if (!raw.isArray()) {
          node.error("field.list", "solution");
          yield null;
        }
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode group : raw) {
          List<String> accepted = answers(node, group);
          if (accepted != null) {
            groups.add(accepted);
          }
        }
        yield new Solution.DependentFields(groups);
      }
    };
  }

  /** Accepted answers: a list of texts, or one text for a single answer. */
  private static List<String> answers(YamlNode node, JsonNode raw) {
    if (raw.isValueNode()) {
      return List.of(raw.asText());
    }
    return node.textsOf(raw, "solution");
  }

  private static Challenge.Link attachment(YamlNode node) {
    YamlNode link = node.object("attachment", false);
    if (link == null) {
      return null;
    }
    link.rejectUnknownFields(Set.of("name", "url", "file"));
    // Whether url or file is given (exactly one) is the validator's rule, with its own message.
    return new Challenge.Link(
        link.text("name", true), link.text("url", false), link.text("file", false));
  }

  private static Challenge.Illustration illustration(YamlNode node) {
    YamlNode image = node.object("illustration", false);
    if (image == null) {
      return null;
    }
    image.rejectUnknownFields(Set.of("url", "file", "alt"));
    return new Challenge.Illustration(
        image.text("url", false), image.text("file", false), image.text("alt", false));
  }

  private static Challenge.Accessibility accessibility(YamlNode node) {
    YamlNode flags = node.object("accessibility", false);
    if (flags == null) {
      return null;
    }
    flags.rejectUnknownFields(Set.of("blind", "colorBlind"));
    return new Challenge.Accessibility(okOrKo(flags, "blind"), okOrKo(flags, "colorBlind"));
  }

  private static Boolean okOrKo(YamlNode node, String field) {
    String value = node.text(field, false);
    if (value == null) {
      return null;
    }
    if (!value.equals("ok") && !value.equals("ko")) {
      node.error("field.text", field);
      return null;
    }
    return value.equals("ok");
  }

  private static Challenge.Irt irt(YamlNode node) {
    YamlNode irt = node.object("irt", false);
    if (irt == null) {
      return null;
    }
    irt.rejectUnknownFields(Set.of("discriminant", "difficulty"));
    BigDecimal discriminant = irt.number("discriminant");
    BigDecimal difficulty = irt.number("difficulty");
    return discriminant == null || difficulty == null
        ? null
        : new Challenge.Irt(discriminant.doubleValue(), difficulty.doubleValue());
  }
}
