package org.readingroom.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads sizes such as {@code 512}, {@code 64KB}, {@code 64MB}, {@code 1GB} (powers of 1024). */
final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
    long unit = 1;
    if (v.endsWith("KB") || v.endsWith("K")) {
      unit = 1024L;
    } else if (v.endsWith("MB") || v.endsWith("M")) {
      unit = 1024L * 1024;
    } else if (v.endsWith("GB") || v.endsWith("G")) {
      unit = 1024L * 1024 * 1024;
    }
    String digits = v.replaceAll("[KMG]?B?$", "");
    try {
      long n = Long.parseLong(digits);
      if (n <= 0) {
        throw new CommandLine.TypeConversionException("size must be positive: " + value);
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("not a size: '" + value + "' (examples: 512KB, 64MB)");
    }
  }
}
