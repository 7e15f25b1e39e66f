/**
 * An organisation's members: roles, invitations and join requests, checked by the administrator.
 */
package org.opencrcn.organization.application.members;
