/**
 * Reading content packs: YAML files, from a folder or an uploaded zip, into the content model, with
 * every error located.
 */
package org.opencrcn.referential.infrastructure.pack;
