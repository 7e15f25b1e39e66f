package org.opencrcn.organization.application.pupils;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencrcn.organization.domain.ImportStatus;
import org.opencrcn.organization.infrastructure.siecle.SiecleFiles;

/**
 * What the import job does: read and check the whole file (nothing written yet), then either keep
 * the report of a refused file or write every pupil in one transaction. Progress is committed
 * apart, so the screen sees it while the job runs.
 */
@Dependent
class PupilImportRunner {
  private static final Logger LOG = Logger.getLogger(PupilImportRunner.class.getName());
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject private PupilImportSteps steps;
  @Inject private PupilImportWriter writer;

  ImportStatus run(long importId) {
    try {
      PupilImportSteps.Work work = steps.startReading(importId);
      SiecleFiles.Checked checked =
          SiecleFiles.read(
              work.file(),
              work.format(),
              work.uai(),
              LocalDate.now(PARIS),
              read -> steps.read(importId, read));
      if (!checked.accepted()) {
        steps.refuse(importId, checked.issues());
        return ImportStatus.REFUSED;
      }
      int total = checked.records().size();
      steps.writing(importId, total, 0);
      writer.write(
          importId,
          work.organizationId(),
          checked.records(),
          checked.skipped(),
          written -> steps.writing(importId, total, written));
      return ImportStatus.DONE;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Pupils import " + importId + " failed", e);
      steps.fail(importId);
      return ImportStatus.FAILED;
    } finally {
      delete(PupilUploads.file(importId));
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the uploaded file " + file, e);
    }
  }
}
