package org.opencrcn.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** What {@link CspNonceField} renders in each form: {@code #{cspNonceField.html}}. */
@Named("cspNonceField")
@RequestScoped
public class CspNonceFieldView {
  public String getHtml() {
    return CspNonceField.html(FacesContext.getCurrentInstance());
  }
}
