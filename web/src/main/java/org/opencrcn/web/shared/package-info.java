/** What every screen shares: the signed-in person, the language, sign-out and error handling. */
package org.opencrcn.web.shared;
