/** The Certif space, for members of a certification centre. */
package org.opencrcn.web.certif;
