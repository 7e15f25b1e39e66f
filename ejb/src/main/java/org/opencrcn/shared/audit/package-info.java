/**
 * The audit log of sensitive actions: any context records in it through {@link
 * org.opencrcn.shared.audit.AuditLog} (it depends on no context: the caller's account id comes
 * through the {@link org.opencrcn.shared.audit.AuditCaller} port the identity context implements);
 * platform administrators search it through {@link org.opencrcn.shared.audit.AuditSearch}.
 * Append-only: nothing here updates or deletes an event. See docs/security.md, "Audit log".
 */
package org.opencrcn.shared.audit;
