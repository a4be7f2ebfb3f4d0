/**
 * People: every name and address printed in a header clustered into persons by the evidence the
 * release gives (addresses, name forms, OCR variants), with stable ids; and curators' overrides.
 */
package org.readingroom.people;
