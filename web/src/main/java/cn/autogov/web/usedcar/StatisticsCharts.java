package cn.autogov.web.usedcar;

import cn.autogov.kernel.DomainText;
import cn.autogov.usedcar.application.Statistics;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The statistics page's charts as PrimeFaces' {@code p:chart} takes them: Chart.js configurations
 * (JSON) — transactions and amounts by region (bars, the amount on its own axis), by vehicle class
 * and by use nature (doughnuts), and by period (lines). Labels in the page's language.
 */
final class StatisticsCharts {

  private static final List<String> COLOURS =
      List.of(
          "#1f6fb2", "#e07b39", "#3a9d5d", "#c23b3b", "#7b5ea7", "#8c6d31", "#d05fa2", "#6b7b8c",
          "#b5a33a", "#2aa3a3", "#5b8def", "#a0522d");

  private StatisticsCharts() {}

  static String byRegion(Statistics s, Locale locale) {
    return twoAxes("bar", s, s.regions(), Statistics.Line::name, locale);
  }

  static String byClass(Statistics s, Locale locale) {
    String count = count(s);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    int i = 0;
    for (Statistics.Line l : s.classes()) {
      labels.add(DomainText.text(locale, "vehicleClass." + l.key()));
      values.add(l.value(count));
      colours.add(COLOURS.get(i++ % COLOURS.size()));
    }
    return doughnut(labels, values, colours, column(locale, count));
  }

  /** By use nature (营运, 非营运, 营转非): the monthly returns only; empty otherwise. */
  static String byUse(Statistics s, Locale locale) {
    if (!s.columns().contains("OPERATING")) {
      return "";
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    int i = 0;
    for (String c : List.of("OPERATING", "NON_OPERATING", "CONVERTED")) {
      labels.add(column(locale, c));
      values.add(s.total().get(c));
      colours.add(COLOURS.get(i++));
    }
    return doughnut(labels, values, colours, DomainText.text(locale, "statistics.use"));
  }

  static String byPeriod(Statistics s, Locale locale) {
    return twoAxes("line", s, s.periods(), Statistics.Line::key, locale);
  }

  /** Counts on the left axis, amounts on the right, one label per line. */
  private static String twoAxes(
      String type,
      Statistics s,
      List<Statistics.Line> lines,
      java.util.function.Function<Statistics.Line, String> label,
      Locale locale) {
    String count = count(s);
    String amount = amount(s);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder amounts = Json.createArrayBuilder();
    for (Statistics.Line l : lines) {
      labels.add(label.apply(l));
      counts.add(l.value(count));
      amounts.add(l.value(amount));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            dataset(column(locale, count), counts, COLOURS.get(0))
                                .add("yAxisID", "y"))
                        .add(
                            dataset(column(locale, amount), amounts, COLOURS.get(1))
                                .add("yAxisID", "y1"))))
        .add(
            "options",
            options(true)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", axis("left", column(locale, count)))
                        .add("y1", axis("right", column(locale, amount)))))
        .build()
        .toString();
  }

  private static String doughnut(
      JsonArrayBuilder labels, JsonArrayBuilder values, JsonArrayBuilder colours, String label) {
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", label)
                                .add("data", values)
                                .add("backgroundColor", colours))))
        .add("options", options(false).add("plugins", legend("right")))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static JsonObjectBuilder options(boolean legendTop) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false);
    if (legendTop) {
      o.add("plugins", legend("top"));
    }
    return o;
  }

  private static JsonObjectBuilder legend(String where) {
    return Json.createObjectBuilder()
        .add("legend", Json.createObjectBuilder().add("position", where));
  }

  private static JsonObjectBuilder axis(String side, String title) {
    return Json.createObjectBuilder()
        .add("type", "linear")
        .add("position", side)
        .add("beginAtZero", true)
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  private static String count(Statistics s) {
    return s.columns().contains("TOTAL") ? "TOTAL" : "APPRAISED_COUNT";
  }

  private static String amount(Statistics s) {
    return s.columns().contains("AMOUNT") ? "AMOUNT" : "APPRAISED_VALUE";
  }

  private static String column(Locale locale, String c) {
    return DomainText.text(locale, "reportColumn." + c);
  }
}
