/**
 * Reading SIECLE files: streaming XML (DTDs and entities refused), a zip holding one XML file, and
 * the CSV template; each guarded against oversized and hostile input.
 */
package org.opencrcn.organization.infrastructure.siecle;
