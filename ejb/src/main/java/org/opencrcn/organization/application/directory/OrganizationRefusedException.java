package org.opencrcn.organization.application.directory;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.opencrcn.organization.domain.Problem;

/** An organisation the administration does not save, with every reason; nothing is changed. */
@ApplicationException(rollback = true)
public class OrganizationRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public OrganizationRefusedException(List<Problem> problems) {
    super("Organisation refused: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
