/** Tracking: one search box that finds a story by any of its keys and shows its timeline. */
package io.interchange.web.console.tracking;
