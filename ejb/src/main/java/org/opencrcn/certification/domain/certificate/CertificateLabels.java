package org.opencrcn.certification.domain.certificate;

import java.io.Serializable;

/** The words printed on a certificate, in the reader's language. */
public record CertificateLabels(
    String title,
    String awardedTo,
    String centre,
    String date,
    String totalPix,
    String competence,
    String level,
    String notCertified,
    String verificationCode,
    String verifyAt)
    implements Serializable {}
