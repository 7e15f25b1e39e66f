package org.opencrcn.campaign.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.opencrcn.campaign.domain.export.ExportLayout;

/** Writes a campaign's export in one format, reading the participations once, in order. */
public interface CampaignFileWriter {
  /**
   * @return how many participant lines were written
   */
  <P> long write(
      ExportLayout<P> layout, Iterator<P> participations, OutputStream out, ExportProgress progress)
      throws IOException;

  /** The file name's extension, without the dot. */
  String extension();

  /** The content type of a download. */
  String contentType();
}
