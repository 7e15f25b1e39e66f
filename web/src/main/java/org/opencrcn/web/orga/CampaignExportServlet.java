package org.opencrcn.web.orga;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencrcn.campaign.application.export.CampaignExports;
import org.opencrcn.campaign.application.export.CampaignExports.Download;
import org.opencrcn.campaign.application.export.CampaignExports.Format;
import org.opencrcn.shared.AccessDeniedException;

/**
 * A campaign's export as a download, {@code /orga/export/<organization>/<campaign>.xlsx} (or {@code
 * .csv}): the ids travel in the path, which survives a detour through sign-in. The service checks
 * the caller is a member of the organisation and that the campaign is its own; any refusal or
 * malformed address answers 404, the same for a campaign that exists elsewhere as for none. A large
 * campaign's export, written by a background job, is downloaded at {@code
 * /orga/export/<organization>/fichier-<job>} with the same checks.
 */
@WebServlet("/orga/export/*")
public class CampaignExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/([0-9]{1,18})\\.(xlsx|csv)");
  private static final Pattern FILE = Pattern.compile("/([0-9]{1,18})/fichier-([0-9]{1,18})");

  @Inject private transient CampaignExports exports;

  /** The organisation, campaign and format an export address names. */
  record Target(long organization, long campaign, Format format) {}

  static Optional<Target> target(String pathInfo) {
    if (pathInfo == null) {
      return Optional.empty();
    }
    Matcher matcher = PATH.matcher(pathInfo);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Target(
            Long.parseLong(matcher.group(1)),
            Long.parseLong(matcher.group(2)),
            Format.valueOf(matcher.group(3).toUpperCase(Locale.ROOT))));
  }

  /** The organisation and background export job a file address names. */
  record FileTarget(long organization, long job) {}

  static Optional<FileTarget> fileTarget(String pathInfo) {
    if (pathInfo == null) {
      return Optional.empty();
    }
    Matcher matcher = FILE.matcher(pathInfo);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new FileTarget(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<FileTarget> file = fileTarget(request.getPathInfo());
    if (file.isPresent()) {
      file(file.get(), response);
      return;
    }
    Optional<Target> target = target(request.getPathInfo());
    if (target.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Target t = target.get();
    Download download;
    try {
      download = exports.download(t.organization(), t.campaign(), t.format());
    } catch (AccessDeniedException | EJBAccessException refused) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(download.contentType());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    exports.write(t.organization(), t.campaign(), t.format(), response.getOutputStream());
  }

  /** A background export's file, once written: the same checks and 404 as a direct export. */
  private void file(FileTarget f, HttpServletResponse response) throws IOException {
    Download download;
    try {
      download = exports.fileDownload(f.organization(), f.job());
    } catch (AccessDeniedException | EJBAccessException refused) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(download.contentType());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    exports.writeFile(f.organization(), f.job(), response.getOutputStream());
  }
}
