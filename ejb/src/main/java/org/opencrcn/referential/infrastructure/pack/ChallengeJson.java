package org.opencrcn.referential.infrastructure.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrcn.referential.domain.content.Challenge;
import org.opencrcn.referential.domain.content.Solution;

/** The JSON a stored challenge keeps its proposals, fields and solution in. */
public final class ChallengeJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChallengeJson() {}

  public static String proposals(List<String> proposals) {
    return proposals == null ? null : write(proposals);
  }

  public static String fields(List<Challenge.Field> fields) {
    if (fields == null) {
      return null;
    }
    return write(
        fields.stream()
            .map(f -> Map.of("key", f.key(), "label", f.label() == null ? f.key() : f.label()))
            .toList());
  }

  public static String solution(Solution solution) {
    Map<String, Object> json = new LinkedHashMap<>();
    switch (solution) {
      case Solution.SingleChoice s -> json.put("proposal", s.proposal());
      case Solution.MultipleChoice m -> json.put("proposals", m.proposals());
      case Solution.FreeText f -> {
        json.put("accepted", f.accepted());
        json.put("numeric", f.numeric());
        if (f.unit() != null) {
          json.put("unit", f.unit());
        }
      }
      case Solution.IndependentFields i -> json.put("acceptedByField", i.acceptedByField());
      case Solution.DependentFields d -> json.put("groups", d.groups());
    }
    return write(json);
  }

  /** The solution a stored challenge keeps, read back. */
  public static Solution readSolution(String json) {
    try {
      var node = JSON.readTree(json);
      if (node.has("proposal")) {
        return new Solution.SingleChoice(node.get("proposal").intValue());
      }
      if (node.has("proposals")) {
        return new Solution.MultipleChoice(
            JSON.convertValue(
                node.get("proposals"), new TypeReference<java.util.Set<Integer>>() {}));
      }
      if (node.has("accepted")) {
        return new Solution.FreeText(
            JSON.convertValue(node.get("accepted"), new TypeReference<List<String>>() {}),
            node.path("numeric").asBoolean(),
            node.hasNonNull("unit") ? node.get("unit").asText() : null);
      }
      if (node.has("acceptedByField")) {
        return new Solution.IndependentFields(
            JSON.convertValue(
                node.get("acceptedByField"),
                new TypeReference<LinkedHashMap<String, List<String>>>() {}));
      }
      return new Solution.DependentFields(
          JSON.convertValue(node.get("groups"), new TypeReference<List<List<String>>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable stored solution", e);
    }
  }

  /** The proposals of a stored QCU or QCM, in the pack's order. */
  public static List<String> readProposals(String proposalsJson) {
    try {
      return JSON.readValue(proposalsJson, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable stored proposals", e);
    }
  }

  /** The field keys of a stored QROCM challenge, in display order. */
  public static List<String> fieldKeys(String fieldsJson) {
    if (fieldsJson == null) {
      return List.of();
    }
    try {
      List<Map<String, String>> fields =
          JSON.readValue(fieldsJson, new TypeReference<List<Map<String, String>>>() {});
      return fields.stream().map(field -> field.get("key")).toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable stored fields", e);
    }
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write challenge JSON", e);
    }
  }
}
