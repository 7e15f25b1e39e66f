/**
 * The platform's administration across contexts: it asks each context's application API and depends
 * on them; no context depends on it.
 */
package org.opencrcn.platform.application;
