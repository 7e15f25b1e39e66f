/**
 * The CRCN referential: 5 areas and 16 competences (tubes, skills and challenges come with the
 * content packs).
 */
package org.opencrcn.referential.domain;
