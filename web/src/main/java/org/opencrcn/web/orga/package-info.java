/** The Orga space, for members of an organisation. */
package org.opencrcn.web.orga;
