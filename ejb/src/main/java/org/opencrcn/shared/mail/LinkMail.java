package org.opencrcn.shared.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A mail that carries a link (an activation, an invitation, a request to look at): paragraphs
 * before, the link on its own line, paragraphs after; the same content as plain text and as HTML,
 * every value escaped.
 */
public final class LinkMail {
  private LinkMail() {}

  public static Mail of(
      String to, String subject, List<String> before, String link, List<String> after) {
    List<String> text = new ArrayList<>(before);
    text.add(link);
    text.addAll(after);
    String html =
        "<!DOCTYPE html><html><body>"
            + before.stream().map(LinkMail::paragraph).collect(Collectors.joining())
            + "<p><a href=\""
            + escape(link)
            + "\">"
            + escape(link)
            + "</a></p>"
            + after.stream().map(LinkMail::paragraph).collect(Collectors.joining())
            + "</body></html>";
    return new Mail(to, subject, String.join("\n\n", text) + "\n", html);
  }

  private static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }

  /** Markup characters only: the mail is UTF-8, accents stay readable in its source. */
  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
