package org.readingroom.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * A bar chart as the page carries it: labels, one or more series, and for each bar the link it
 * narrows to. Rendered by Chart.js from data attributes (the template escapes them), with a table
 * of the same figures for readers without JavaScript.
 */
public record Chart(String title, List<String> labels, List<Series> series, List<String> links) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Chart {
    labels = List.copyOf(labels);
    series = List.copyOf(series);
    links = List.copyOf(links);
  }

  /** One series of values, one per label. */
  public record Series(String name, List<Long> values) {
    public Series {
      values = List.copyOf(values);
    }
  }

  public boolean isEmpty() {
    return labels.isEmpty();
  }

  /** The chart's data as JSON, for the page's data attribute. */
  public String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a chart's plain data always serialises", e);
    }
  }

  /** The value of series {@code s} at label {@code i}. */
  public long value(int s, int i) {
    return series.get(s).values().get(i);
  }
}
