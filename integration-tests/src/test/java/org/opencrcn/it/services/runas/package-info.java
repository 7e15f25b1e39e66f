/**
 * EJBs that call services under a demo identity, as a signed-in person would; deployed with the
 * tests.
 */
package org.opencrcn.it.services.runas;
