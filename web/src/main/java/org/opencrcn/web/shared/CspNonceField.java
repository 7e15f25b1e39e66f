package org.opencrcn.web.shared;

import jakarta.faces.application.Application;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Puts the page's CSP nonce in every form as a hidden field, in the HTML itself. With {@code
 * primefaces.CSP} on, PrimeFaces refuses a postback without it ("CSP nonce mismatch") and its
 * script adds it only once it runs: a form posted without JavaScript (a browser with scripts off,
 * the reliability tests' simulated learners) would fail. Registered in faces-config.xml for the
 * forms added to a view.
 */
public class CspNonceField implements SystemEventListener {
  static final String ID = "csp-nonce";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIForm;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIForm form = (UIForm) event.getSource();
    for (UIComponent child : form.getChildren()) {
      if (ID.equals(child.getId())) {
        return;
      }
    }
    FacesContext context = FacesContext.getCurrentInstance();
    Application application = context.getApplication();
    HtmlOutputText field =
        (HtmlOutputText) application.createComponent(HtmlOutputText.COMPONENT_TYPE);
    field.setId(ID);
    field.setEscape(false);
    field.setTransient(true);
    field.setValueExpression(
        "value",
        application
            .getExpressionFactory()
            .createValueExpression(context.getELContext(), "#{cspNonceField.html}", String.class));
    form.getChildren().add(0, field);
  }

  /** The hidden field, with this request's nonce (Base64: nothing to escape, checked anyway). */
  public static String html(FacesContext context) {
    String nonce = PrimeFacesContext.getCspState(context).getNonce();
    if (nonce == null || !nonce.matches("[A-Za-z0-9+/=]*")) {
      return "";
    }
    return "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"" + nonce + "\"/>";
  }
}
