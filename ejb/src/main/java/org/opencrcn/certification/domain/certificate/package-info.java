/**
 * What a certificate shows (docs/certification.md, "Certificates"): the holder's name, never their
 * birthdate, the centre, the date, the certified level of each competence, the total pix and the
 * verification code.
 */
package org.opencrcn.certification.domain.certificate;
