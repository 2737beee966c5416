/** {@code /api/v1/catalog}: the system catalog in force. */
package io.interchange.web.catalog;
