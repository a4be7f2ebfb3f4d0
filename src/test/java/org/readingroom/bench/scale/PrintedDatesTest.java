package org.readingroom.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Dates moved in the formats the releases print them, weekdays with them. */
class PrintedDatesTest {

  @Test
  void theMailClientsFormatsMoveWithTheirWeekdays() {
    assertEquals("Sent:   Thursday, May 28, 2009 11:09 AM", PrintedDates.shift("Sent:   Monday, April 13, 2009 11:09 AM", 45));
    assertEquals("Sent: Saturday, May 16, 2009 6:13 PM", PrintedDates.shift("Sent: Wednesday, April 01, 2009 6:13 PM", 45));
    assertEquals("Sent: Thu May 28 08:13:05 2009", PrintedDates.shift("Sent: Mon Apr 13 08:13:05 2009", 45));
    assertEquals("Date: Mon, 27 Sep 2010 12:42:30 -0400", PrintedDates.shift("Date: Fri, 13 Aug 2010 12:42:30 -0400", 45));
    assertEquals("Sent: Sunday, January 2, 2011", PrintedDates.shift("Sent: Friday, December 31, 2010", 2));
  }

  @Test
  void numericDatesKeepTheirDigits() {
    assertEquals("Doc No. C05758398 Date: 08/14/2015", PrintedDates.shift("Doc No. C05758398 Date: 06/30/2015", 45));
    assertEquals("Date: 02/14/2016", PrintedDates.shift("Date: 12/31/2015", 45));
    assertEquals("on 4/24/2010", PrintedDates.shift("on 3/10/2010", 45));
    assertEquals("Sent: 3/18/12 10:14 AM", PrintedDates.shift("Sent: 2/2/12 10:14 AM", 45));
    assertEquals("Declassify on: 02-14-2016", PrintedDates.shift("Declassify on: 12-31-2015", 45));
  }

  @Test
  void capitalsAndShortNamesStaySo() {
    assertEquals("FEBRUARY 20, 2009", PrintedDates.shift("JANUARY 6, 2009", 45));
    assertEquals("Feb 20, 2009", PrintedDates.shift("Jan 6, 2009", 45));
    assertEquals("SUNDAY, FEB. 20, 2011", PrintedDates.shift("THURSDAY, JAN. 6, 2011", 45));
  }

  @Test
  void damageIsKeptAndAWrongWeekdayStaysAsWrong() {
    // OCR ran the day into the hour and the seconds into the year: still read
    assertEquals("Sent: Mon Feb 1510:46:13 2010", PrintedDates.shift("Sent: Fri Jan 0110:46:13 2010", 45));
    assertEquals("Sent: Wed Mar 3 12:52:512010", PrintedDates.shift("Sent: Sun Jan 17 12:52:512010", 45));
    // 6 March 2013 was a Wednesday, printed Sunday; 20 April 2013 was a Saturday, printed Wednesday
    assertEquals("Date: Wed, 20 Apr 2013", PrintedDates.shift("Date: Sun, 6 Mar 2013", 45));
    String damaged = "Sent: Saturday, Janua 30 S S 0 PM, z01z";
    assertSame(damaged, PrintedDates.shift(damaged, 45));
    String noDay = "scores 24/7/365 and 1/2/12 and September 31, 2011";
    assertSame(noDay, PrintedDates.shift(noDay, 45));
  }
}
