/**
 * What was withheld and why: each document's redactions and exemption codes, counted by code,
 * person, month and release; passages one printing of a message withholds and another shows, and
 * exemptions applied to some printings and not others; the declassification calendar; the
 * withholding log; drafted appeal and mandatory declassification review requests.
 */
package org.readingroom.withheld;
