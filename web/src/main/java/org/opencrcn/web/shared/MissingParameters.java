package org.opencrcn.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * A page opened without the id it shows (a truncated or hand-typed address) answers 404, like an id
 * that names nothing, instead of failing while it renders.
 */
public final class MissingParameters {
  private MissingParameters() {}

  /** True, and the response is a 404 already, when one of the ids is missing. */
  public static boolean answeredNotFound(Object... ids) {
    if (Arrays.stream(ids).allMatch(Objects::nonNull)) {
      return false;
    }
    answerNotFound();
    return true;
  }

  /**
   * Ends the request with a 404, the answer of every page whose id is missing or names nothing the
   * caller may see (rendering stops here).
   */
  public static void answerNotFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
