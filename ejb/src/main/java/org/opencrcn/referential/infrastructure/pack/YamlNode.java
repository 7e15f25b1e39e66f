package org.opencrcn.referential.infrastructure.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.opencrcn.referential.domain.content.ContentError;
import org.opencrcn.referential.domain.lint.LintRule;

/**
 * A YAML object being read, with its position ("tubes[0] › skills[2]") and the list errors go to:
 * reading goes on after an error, so that authors get every problem of a file at once.
 */
final class YamlNode {
  private final JsonNode node;
  private final String file;
  private final String position;
  private final List<ContentError> errors;

  YamlNode(JsonNode node, String file, String position, List<ContentError> errors) {
    this.node = node;
    this.file = file;
    this.position = position;
    this.errors = errors;
  }

  String position() {
    return position;
  }

  void error(String key, Object... args) {
    errors.add(new ContentError(file, position, key, args));
  }

  private void errorAt(String field, String key, Object... args) {
    errors.add(new ContentError(file, child(field), key, args));
  }

  private String child(String field) {
    return position.isEmpty() ? field : position + " › " + field;
  }

  /** Reports every field not in {@code known}: a misspelt field must not silently drop content. */
  void rejectUnknownFields(Set<String> known) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        errorAt(name, "field.unknown", name);
      }
    }
  }

  boolean has(String field) {
    return node.hasNonNull(field);
  }

  String text(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        errorAt(field, "field.required", field);
      }
      return null;
    }
    if (!value.isValueNode()) {
      errorAt(field, "field.text", field);
      return null;
    }
    return value.asText();
  }

  Integer integer(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        errorAt(field, "field.required", field);
      }
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      errorAt(field, "field.integer", field);
      return null;
    }
    return value.intValue();
  }

  BigDecimal number(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      errorAt(field, "field.required", field);
      return null;
    }
    if (!value.isNumber()) {
      errorAt(field, "field.number", field);
      return null;
    }
    return value.decimalValue();
  }

  Boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      errorAt(field, "field.boolean", field);
      return null;
    }
    return value.booleanValue();
  }

  /** A nested object, or null (with an error when required) when absent or not an object. */
  YamlNode object(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        errorAt(field, "field.required", field);
      }
      return null;
    }
    if (!value.isObject()) {
      errorAt(field, "field.object", field);
      return null;
    }
    return new YamlNode(value, file, child(field), errors);
  }

  /** The elements of a list field, each read by {@code reader} (which may return null on error). */
  <T> List<T> list(String field, boolean required, Function<YamlNode, T> reader) {
    JsonNode value = node.get(field);
    List<T> result = new ArrayList<>();
    if (value == null || value.isNull()) {
      if (required) {
        errorAt(field, "field.required", field);
      }
      return result;
    }
    if (!value.isArray()) {
      errorAt(field, "field.list", field);
      return result;
    }
    for (int i = 0; i < value.size(); i++) {
      YamlNode element =
          new YamlNode(value.get(i), file, child(field + "[" + (i + 1) + "]"), errors);
      T read = element.node.isObject() ? reader.apply(element) : element.notAnObject();
      if (read != null) {
        result.add(read);
      }
    }
    return result;
  }

  /** A list of plain texts (proposals, accepted answers), or null when absent. */
  List<String> texts(String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        errorAt(field, "field.required", field);
      }
      return null;
    }
    return textsOf(value, field);
  }

  /** Plain texts of a value that must be a list of scalars. */
  List<String> textsOf(JsonNode value, String field) {
    if (!value.isArray()) {
      errorAt(field, "field.list", field);
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isValueNode()) {
        errorAt(field, "field.text", field);
        return null;
      }
      texts.add(element.asText());
    }
    return texts;
  }

  /**
   * The linter rules silenced here ({@code lint: {rule-id: reason}}), each with its reason; a rule
   * of another level or with no reason is an error (a silence must say why).
   */
  Map<String, String> lintSilences(LintRule.Scope scope) {
    YamlNode lint = object("lint", false);
    Map<String, String> silenced = new LinkedHashMap<>();
    if (lint == null) {
      return silenced;
    }
    for (var entries = lint.node.fields(); entries.hasNext(); ) {
      var entry = entries.next();
      var rule = LintRule.ofId(entry.getKey());
      if (rule.isEmpty() || rule.get().scope() != scope) {
        lint.errorAt(entry.getKey(), "lint.rule", entry.getKey(), LintRule.idsOf(scope));
      } else if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()) {
        lint.errorAt(entry.getKey(), "lint.reason", entry.getKey());
      } else {
        silenced.put(entry.getKey(), entry.getValue().asText());
      }
    }
    return silenced;
  }

  JsonNode raw(String field) {
    return node.get(field);
  }

  Iterator<Map.Entry<String, JsonNode>> entries() {
    return node.fields();
  }

  String file() {
    return file;
  }

  private <T> T notAnObject() {
    error("field.object", position);
    return null;
  }
}
