/** Use cases of "Mes tutos": save or remove a tutorial, list the caller's, tell which are saved. */
package org.opencrcn.tutorial.application;
