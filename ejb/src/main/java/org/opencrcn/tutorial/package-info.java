/** "Mes tutos": the tutorials a learner saves while testing, to find them again later. */
package org.opencrcn.tutorial;
