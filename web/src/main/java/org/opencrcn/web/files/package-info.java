/**
 * Serving the files content packs ship (challenge attachments and illustrations) to signed-in
 * people.
 */
package org.opencrcn.web.files;
