/** Certif use cases; every one checks the caller's role and membership of the centre. */
package org.opencrcn.certification.application;
