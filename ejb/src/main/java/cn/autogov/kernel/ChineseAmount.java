package cn.autogov.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount of yuan in Chinese capital numerals (大写金额), as banks and invoices write it under the
 * 支付结算办法: 壹贰叁… with 拾佰仟, 万 and 亿; 元 then 角 and 分; 整 after 元 or 角 when nothing follows; one 零 for
 * any run of zeros inside the figure (壹拾亿零柒元零玖分); a leading ten written 壹拾. {@link #parse} reads
 * one back (人民币 before it, 圆 for 元, 正 for 整 are accepted), so a figure and its words can be checked
 * to agree whichever of the permitted ways the words were written.
 */
public final class ChineseAmount {

  private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String[] IN_GROUP = {"仟", "佰", "拾", ""};
  private static final String[] GROUPS = {"", "万", "亿", "万"};

  /** The largest amount written: under ten thousand 亿 yuan (the 万亿 group is not used). */
  public static final BigDecimal MAX = new BigDecimal("999999999999.99");

  private ChineseAmount() {}

  /** The words of a non-negative amount (rounded half-up to fen) up to {@link #MAX}. */
  public static String of(BigDecimal amount) {
    if (amount.signum() < 0 || amount.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("out of range: " + amount);
    }
    long fen = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    long yuan = fen / 100;
    int jiao = (int) (fen / 10 % 10);
    int cents = (int) (fen % 10);
    var sb = new StringBuilder();
    if (yuan > 0) {
      sb.append(integer(yuan)).append('元');
    }
    if (jiao == 0 && cents == 0) {
      return (yuan == 0 ? "零元" : sb.toString()) + "整";
    }
    if (jiao > 0) {
      sb.append(DIGITS.charAt(jiao)).append('角');
    } else if (yuan > 0) {
      sb.append('零');
    }
    if (cents > 0) {
      sb.append(DIGITS.charAt(cents)).append('分');
    } else {
      sb.append('整');
    }
    return sb.toString();
  }

  private static String integer(long n) {
    int[] groups = {(int) (n % 10_000), (int) (n / 10_000 % 10_000), (int) (n / 100_000_000)};
    var sb = new StringBuilder();
    boolean started = false;
    boolean zeroPending = false;
    for (int g = groups.length - 1; g >= 0; g--) {
      int value = groups[g];
      if (value == 0) {
        zeroPending |= started;
        continue;
      }
      if (started && (zeroPending || value < 1000)) {
        sb.append('零');
      }
      sb.append(group(value)).append(GROUPS[g]);
      started = true;
      zeroPending = false;
    }
    return sb.toString();
  }

  /** 1..9999 in words, with one 零 for the zeros between its non-zero digits. */
  private static String group(int value) {
    var sb = new StringBuilder();
    int[] d = {value / 1000, value / 100 % 10, value / 10 % 10, value % 10};
    boolean seen = false;
    boolean zero = false;
    for (int i = 0; i < 4; i++) {
      if (d[i] == 0) {
        zero |= seen;
        continue;
      }
      if (zero) {
        sb.append('零');
      }
      sb.append(DIGITS.charAt(d[i])).append(IN_GROUP[i]);
      seen = true;
      zero = false;
    }
    return sb.toString();
  }

  /** The amount written in these words, or empty when they are not an amount in capitals. */
  public static Optional<BigDecimal> parse(String words) {
    if (words == null) {
      return Optional.empty();
    }
    String s = words.strip().replace('圆', '元').replace('正', '整');
    if (s.startsWith("人民币")) {
      s = s.substring(3).strip();
    }
    if (s.endsWith("整")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    int yuanAt = s.indexOf('元');
    String integer = yuanAt < 0 ? "" : s.substring(0, yuanAt);
    String fraction = yuanAt < 0 ? s : s.substring(yuanAt + 1);
    Long yuan = integer.isEmpty() ? Long.valueOf(0) : yuan(integer);
    Long fen = fen(fraction);
    if (yuan == null || fen == null || (yuanAt < 0 && fraction.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(yuan * 100 + fen, 2));
  }

  private static Long yuan(String s) {
    long total = 0;
    long section = 0;
    int number = 0;
    for (char c : s.toCharArray()) {
      int digit = DIGITS.indexOf(c);
      switch (c) {
        case '拾' -> {
          section += (number == 0 ? 1 : number) * 10L;
          number = 0;
        }
        case '佰', '仟' -> {
          if (number == 0) {
            return null;
          }
          section += number * (c == '佰' ? 100L : 1000L);
          number = 0;
        }
        case '万' -> {
          total += (section + number) * 10_000L;
          section = 0;
          number = 0;
        }
        case '亿' -> {
          total = (total + section + number) * 100_000_000L;
          section = 0;
          number = 0;
        }
        default -> {
          if (digit < 0) {
            return null;
          }
          number = digit;
        }
      }
    }
    return total + section + number;
  }

  private static Long fen(String s) {
    if (s.startsWith("零")) {
      s = s.substring(1);
    }
    long fen = 0;
    int i = 0;
    if (s.length() >= i + 2 && s.charAt(i + 1) == '角') {
      int d = DIGITS.indexOf(s.charAt(i));
      if (d < 0) {
        return null;
      }
      fen += d * 10L;
      i += 2;
      if (s.length() > i && s.charAt(i) == '零') {
        i++;
      }
    }
    if (s.length() >= i + 2 && s.charAt(i + 1) == '分') {
      int d = DIGITS.indexOf(s.charAt(i));
      if (d < 0) {
        return null;
      }
      fen += d;
      i += 2;
    }
    return i == s.length() ? fen : null;
  }
}
