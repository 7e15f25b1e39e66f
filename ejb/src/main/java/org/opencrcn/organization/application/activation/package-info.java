/**
 * Orga space activation: a director asks for a link mailed to the school's own address, then
 * follows it.
 */
package org.opencrcn.organization.application.activation;
