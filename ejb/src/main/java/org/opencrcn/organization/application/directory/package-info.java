/**
 * The directory of organisations: the shipped/imported school directory and the administrators'
 * search and edits.
 */
package org.opencrcn.organization.application.directory;
