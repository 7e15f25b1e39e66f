/**
 * Use cases about the signed-in person: recording a sign-in and telling which spaces they may
 * enter.
 */
package org.opencrcn.identity.application;
