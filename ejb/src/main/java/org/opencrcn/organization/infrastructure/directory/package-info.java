/**
 * Reading the national establishments directory (annuaire de l'éducation, CSV): encoding, columns,
 * establishment types and every line checked, with no container, before anything is imported.
 */
package org.opencrcn.organization.infrastructure.directory;
