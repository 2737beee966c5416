/**
 * What a person sees when a page fails: plain words, never a stack trace or a class name. The
 * pages are declared in {@code web.xml}.
 */
package io.interchange.web.errors;
