package org.opencrcn.platform.application;

import java.io.Serializable;

/** What the administration's landing page counts. */
public record PlatformFigures(long accounts, long organizations, long certificationCentres)
    implements Serializable {}
