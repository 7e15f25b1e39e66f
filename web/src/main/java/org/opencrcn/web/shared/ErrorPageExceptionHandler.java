package org.opencrcn.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Turns an exception raised while handling a Faces request into the right error page: 403 for an
 * access the services refused, the "page expired" page for an expired view, 500 with a correlation
 * id otherwise. Never a stack trace.
 */
public class ErrorPageExceptionHandler extends ExceptionHandlerWrapper {

  public ErrorPageExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    if (events.hasNext() && !faces.getExternalContext().isResponseCommitted()) {
      Throwable thrown = events.next().getContext().getException();
      events.remove();
      try {
        show(faces, ErrorStatus.of(thrown), thrown);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
    getWrapped().handle();
  }

  private static void show(FacesContext faces, ErrorStatus status, Throwable thrown)
      throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (status == ErrorStatus.SERVER_ERROR) {
      external.getRequestMap().put(ErrorPages.EXCEPTION_ATTRIBUTE, thrown);
    }
    if (status == ErrorStatus.VIEW_EXPIRED || faces.getPartialViewContext().isAjaxRequest()) {
      // An Ajax request cannot show an error page in place: the browser is sent to it.
      String page =
          switch (status) {
            case VIEW_EXPIRED -> "expired.xhtml";
            case FORBIDDEN -> "403.xhtml";
            case SERVER_ERROR -> "500.xhtml?ref=" + ErrorPages.logWithCorrelationId(thrown);
          };
      external.redirect(external.getRequestContextPath() + "/error/" + page);
    } else {
      external.responseSendError(status.httpStatus(), null);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ErrorPageExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
