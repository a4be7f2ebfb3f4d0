/**
 * The release record: what a release document says (document number, case, release stamp and its
 * exemptions, classification block, email header chain, redaction markers, clean text), and its JSON
 * contract ({@code docs/record-contract.md}). The ground floor every layer reads; imports nothing of
 * the project.
 */
package org.readingroom.record;
