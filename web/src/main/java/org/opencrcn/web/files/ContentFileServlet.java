package org.opencrcn.web.files;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.opencrcn.referential.application.ContentFileLinks;
import org.opencrcn.referential.application.ContentFiles;
import org.opencrcn.referential.domain.catalog.StoredContent;

/**
 * Serves the files content packs ship at {@code /files/<sha256>/<file name>} (see {@link
 * ContentFileLinks}). Signed-in people only: web.xml sends anyone else to sign in, and the service
 * checks the role again. An unknown hash is a 404.
 */
@WebServlet(ContentFileLinks.PREFIX + "*")
public class ContentFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private ContentFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ContentFileAddress> address = ContentFileAddress.parse(request.getPathInfo());
    Optional<StoredContent> found = address.flatMap(a -> files.find(a.sha256()));
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StoredContent content = found.get();
    boolean inline = "true".equals(request.getParameter(ContentFileLinks.INLINE));
    ContentFileHeaders.of(content.mediaType(), address.get().fileName(), inline)
        .forEach(response::setHeader);
    response.setContentLengthLong(content.byteSize());
    response.getOutputStream().write(content.bytes());
  }
}
