package org.opencrcn.campaign.domain.export;

/**
 * A text cell a spreadsheet could read as a formula is made inert. Pupils' names come from SIECLE
 * files as typed, so {@code =HYPERLINK("http://x","y")} may be a first name: opened in a
 * spreadsheet it would be a live link (or worse, with DDE). A cell starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return is dangerous; numbers written as numbers are
 * not text and never are.
 */
public final class CellNeutralisation {
  /** What a spreadsheet reads as "this is text", whatever follows. */
  public static final char TEXT_MARK = '\'';

  private CellNeutralisation() {}

  /** Whether a spreadsheet could evaluate this text (a formula or a DDE call). */
  public static boolean isDangerous(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  /**
   * The text as it is safe to write in a plain file (CSV): a dangerous one gets the text mark in
   * front, the others are unchanged.
   */
  public static String neutralised(String text) {
    return isDangerous(text) ? TEXT_MARK + text : text;
  }
}
