package org.opencrcn.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencrcn.certification.application.CentreAdminRow;
import org.opencrcn.certification.application.CentreAdministration;

/** Administration › Centres de certification: every centre, archived ones too. */
@Named
@RequestScoped
public class CentresView {
  @Inject private CentreAdministration administration;

  private List<CentreAdminRow> rows;

  public void load() {
    rows = administration.list();
  }

  public List<CentreAdminRow> getRows() {
    return rows;
  }
}
