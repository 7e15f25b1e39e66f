/**
 * The academy's brand on every screen: name, colour and logo are settings of the platform
 * (docs/design.md, "Brand"), never hard-coded in pages or the stylesheet.
 */
package org.opencrcn.web.brand;
