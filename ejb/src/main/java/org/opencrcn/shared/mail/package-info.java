/**
 * Outgoing mail through WildFly's mail session (java:jboss/mail/OpenCrcn), or into a folder of .eml
 * files where no SMTP server is configured (the run command's development outbox).
 */
package org.opencrcn.shared.mail;
