package org.readingroom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SentDatesTest {

  @Test
  void readsTheMailClientsForms() {
    assertEquals("2012-01-01T11:47", SentDates.parse("Sunday, January 1, 2012 11:47 AM"));
    assertEquals("2011-12-31T18:06", SentDates.parse("Saturday, December 31, 2011 06:06 PM"));
    assertEquals("2009-11-25T15:46", SentDates.parse("Wed Nov 25 15:46:49 2009"));
    assertEquals("2012-07-03T12:02", SentDates.parse("Tue, 3 Jul 2012 12:02:04 -0400"));
    assertEquals("2009-09-21T11:12", SentDates.parse("21 September 2009 11:12:25 BST"));
    assertEquals("2011-03-08T08:31", SentDates.parse("03/08/2011 08:31 AM EST"));
    assertNull(SentDates.parse("Declassify on: 01/01/0227"), "found by fuzzing: a year of three digits is no date");
    assertEquals("2011-03-07T19:17", SentDates.parse("Monday, March 7, 2011 07:17 PM Eastern Standard Time"));
  }

  @Test
  void noonAndMidnight() {
    assertEquals("2010-05-01T12:05", SentDates.parse("Saturday, May 1, 2010 12:05 PM"));
    assertEquals("2010-05-01T00:05", SentDates.parse("Saturday, May 1, 2010 12:05 AM"));
  }

  @Test
  void readsThroughOcrDamage() {
    assertEquals("2011-08-23T12:52", SentDates.parse("August 23, 201112:52 PM"), "year and hour run together");
    assertEquals("2011-08-15T21:20", SentDates.parse("Monday, August 15, 20119:20 PM"));
    assertEquals("2009-07-24T17:35", SentDates.parse("Fri Jul 24 17:35.28 2009"), "full stop for colon");
    assertEquals("2010-01-10T21:52", SentDates.parse("Sun Jan 1021:52:49 2010"), "day and hour run together");
    assertEquals("2010-04-19T13:33", SentDates.parse("Mon Apr 19 13:33:512010"), "seconds and year run together");
    assertEquals("2010-12-24T12:35", SentDates.parse("Fri Dec 24 12:3550 2010"), "minutes and seconds run together");
    assertEquals("2009-11-28T18:30", SentDates.parse("Sat Nov 28 18:30:19 ZUU9"), "year read as letters");
    assertEquals("2011-03-08T06:23", SentDates.parse("Tuesda , March 8, 2011 6:23 AM"));
  }

  @Test
  void aWholeTimeReplacesALoneNumberTakenForAnHour() {
    SentDates.Reading r = SentDates.read("Fri, Jul 13,20 2 at 10:01 PM"); // a digit of the year lost
    assertEquals(22, r.hour());
    assertEquals(1, r.minute());
    assertEquals(13, r.day());
    assertEquals(false, r.yearSure(), "the year is left to the weekday and the chain");
  }

  @Test
  void aTimeWhoseColonWasLostIsRead() {
    assertEquals("2010-03-12T07:58", SentDates.parse("Friday, March 12, 2010 7 58 AM"));
    assertEquals("2010-01-01T15:34", SentDates.parse("Friday, January 1, 2010 3 34 PM"));
    assertEquals("2010-01-01", SentDates.parse("Friday, January 1, 2010 3 74 PM"), "no minute 74");
  }

  @Test
  void aDaysSecondDigitPrintedAsALetterIsRead() {
    SentDates.Reading r = SentDates.read("Monday, May 2L, zuii tP3:1b Alvl");
    assertEquals(21, r.day());
    assertEquals(false, r.clean(), "a repaired date: the weekday decides whether it stands");
    assertEquals(2, SentDates.read("Monday, May 2, 2011").day());
    assertEquals(2, SentDates.read("Monday, May 2 Lunch").day(), "a letter that begins a word is no digit");
    assertNotEquals(12, SentDates.read("nursciay, January ub, 2012 1Z:Zfa PM").day(), "1Z: is an hour, not the day");
  }

  @Test
  void aDayAndAYearRunTogetherAreSplit() {
    assertEquals("2011-03-13", SentDates.parse("Sunday, March 132011"));
    SentDates.Reading damaged = SentDates.read("Sunday, March 137011 n7•21 PM"); // the year's 2 read as 7
    assertEquals(2011, damaged.year());
    assertEquals(13, damaged.day());
    assertEquals(false, damaged.yearSure());
    assertNull(SentDates.parse("March 997011"), "no day 99");
  }

  @Test
  void recoversAnUnreadableMonthFromTheWeekday() {
    // only August has a Friday the 13th in 2010
    assertEquals("2010-08-13T12:42", SentDates.parse("Fri, 13 Aye 2010 12:42:30"));
    // "Ma" is March or May: 3 May 2011 was a Tuesday
    assertEquals("2011-05-03T20:28", SentDates.parse("Tuesday, Ma 3, 2011 8:28 PM"));
  }

  @Test
  void anIncompleteTimeGivesTheDateAlone() {
    assertEquals("2009-06-05", SentDates.parse("Friday, June 5, 2009 11    AM"));
    assertEquals("2011-03-07", SentDates.parse("Monday, March 07, 11 :4 M"));
    assertEquals("2010-04-08", SentDates.parse("April 8, 2010"));
  }

  @Test
  void nothingReadableIsNull() {
    assertNull(SentDates.parse("."));
    assertNull(SentDates.parse(""));
    assertNull(SentDates.parse(null));
    assertNull(SentDates.parse("Thursday,   une  , 12 06:25 PM"), "the day of the month is missing");
    assertNull(SentDates.parse("February 30, 2011 10:00 AM"), "no such day");
  }
}
