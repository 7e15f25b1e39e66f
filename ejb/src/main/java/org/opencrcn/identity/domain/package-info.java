/** People known to the platform: an account per Keycloak subject, created at first sign-in. */
package org.opencrcn.identity.domain;
