/**
 * Value objects and exceptions shared by every bounded context; nothing here depends on a context.
 */
package org.opencrcn.shared;
