package org.opencrcn.it.services;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plain arguments for calling any service method in the access matrix: the target's id where the
 * inventory says it sits, and elsewhere values that pass the parameters' constraints (non-null,
 * non-blank) but name nothing that exists, so that a call that gets past the checks fails on them
 * rather than changes something.
 */
final class Arguments {
  private static final long NOBODY = -1L;

  private Arguments() {}

  static Object[] forMethod(Method method, int targetIndex, Long targetId) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] =
          i == targetIndex && targetId != null ? target(types[i], targetId) : plain(types[i], 0);
    }
    return arguments;
  }

  /**
   * The target's id in the parameter's type: a link's secret (a String) becomes a secret of nobody,
   * so that the call reaches the service (and its role check) rather than fail on its type.
   */
  private static Object target(Class<?> type, long targetId) {
    return type == String.class ? "nobody-" + targetId : targetId;
  }

  private static Object plain(Class<?> type, int depth) {
    if (type == long.class || type == Long.class) {
      return NOBODY;
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == boolean.class || type == Boolean.class) {
      return false;
    }
    if (type == String.class) {
      return "matrice";
    }
    if (type == Locale.class) {
      return Locale.FRENCH;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2011, 3, 14);
    }
    if (type == Instant.class) {
      return Instant.now();
    }
    if (type == byte[].class) {
      return new byte[0];
    }
    if (type == InputStream.class) {
      return new ByteArrayInputStream(new byte[0]);
    }
    if (type == List.class || type == Collection.class) {
      return List.of();
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (type == Map.class) {
      return Map.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isRecord() && depth < 3) {
      return record(type, depth);
    }
    return null;
  }

  private static Object record(Class<?> type, int depth) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] values = Arrays.stream(types).map(t -> plain(t, depth + 1)).toArray();
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // a record refusing plain values: the call then fails on its null
    }
  }
}
