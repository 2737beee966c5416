/**
 * The operators' console (Jakarta Faces, PrimeFaces): one package per page, each backing bean
 * talking to the platform's façades with records (views), never to JPA entities.
 */
package io.interchange.web.console;
