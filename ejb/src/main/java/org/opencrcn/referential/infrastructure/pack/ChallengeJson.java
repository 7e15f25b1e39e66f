package org.opencrcn.referential.infrastructure.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    return write(fields.stream().map(f -> Map.of("key", f.key(), "label", f.label() == null ? f.key() : f.label())).toList());
  }

  public static String solution(Solution solution) {
    Map<String, Object> json = new LinkedHashMap<>();
    switch (solution) {
      case Solution.SingleChoice s -> json.put("proposal", s.proposal());
      case Solution.MultipleChoice m -> json.put("proposals", m.proposals());
      case Solution.FreeText f -> {
        json.put("accepted", f.accepted());
        json.put("numeric", f.numeric());
      }
      case Solution.IndependentFields i -> json.put("acceptedByField", i.acceptedByField());
      case Solution.DependentFields d -> json.put("groups", d.groups());
    }
    return write(json);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write challenge JSON", e);
    }
  }
}
