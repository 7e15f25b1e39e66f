/** Pages anyone may read without signing in: the home page presenting the CRCN. */
package org.opencrcn.web.publicsite;
