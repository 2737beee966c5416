/**
 * The system catalog: each connected system described by a file (YAML or JSON) in the folder
 * {@code interchange.catalog-dir}, checked against {@code catalog.schema.json}, read at start and
 * whenever a file changes. A file that does not validate is refused (file, line, field), the
 * system's previous version stays active and an alert says so; every change is audited.
 */
package io.interchange.platform.catalog;
