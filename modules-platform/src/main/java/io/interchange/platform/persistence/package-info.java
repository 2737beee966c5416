/** JPA support shared by every persistence unit of the platform. */
package io.interchange.platform.persistence;
