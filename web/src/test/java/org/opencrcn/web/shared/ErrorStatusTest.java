package org.opencrcn.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opencrcn.shared.AccessDeniedException;

class ErrorStatusTest {

  @Test
  @DisplayName("A membership refusal deep in the Faces wrappers becomes the 403 page")
  void accessDeniedIsForbidden() {
    Throwable wrapped =
        new FacesException(new ELException(new AccessDeniedException("not a member")));

    assertThat(ErrorStatus.of(wrapped)).isEqualTo(ErrorStatus.FORBIDDEN);
    assertThat(ErrorStatus.FORBIDDEN.httpStatus()).isEqualTo(403);
  }

  @Test
  @DisplayName("A role refusal by the EJB container also becomes the 403 page")
  void ejbAccessIsForbidden() {
    assertThat(ErrorStatus.of(new FacesException(new EJBAccessException("role"))))
        .isEqualTo(ErrorStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("An expired view gets its own page")
  void expiredView() {
    assertThat(ErrorStatus.of(new FacesException(new ViewExpiredException("/app/index.xhtml"))))
        .isEqualTo(ErrorStatus.VIEW_EXPIRED);
  }

  @Test
  @DisplayName("Anything else is a server error, shown with a correlation id")
  void anythingElse() {
    assertThat(ErrorStatus.of(new IllegalStateException("boom")))
        .isEqualTo(ErrorStatus.SERVER_ERROR);
    assertThat(ErrorStatus.SERVER_ERROR.httpStatus()).isEqualTo(500);
  }
}
