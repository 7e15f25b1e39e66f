/** Certification centres and their members, who enter the Certif space. */
package org.opencrcn.certification.domain;
