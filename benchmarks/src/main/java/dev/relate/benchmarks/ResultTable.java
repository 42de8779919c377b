package dev.relate.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a JMH result file (and, for allocation, {@code -prof gc}) into the Markdown table of
 * docs/performance.md: one row per operation, collection type, size and helper, with the time per
 * operation, its ratio to the hand-written helper of the same row group, and the bytes allocated per
 * operation. From {@code -rf json} the time is the median of the measurement iterations with their
 * range, which other programs running on the machine disturb far less than the mean; from
 * {@code -rf csv} it is JMH's mean and its 99.9% error.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.relate.benchmarks.ResultTable results.json</pre>
 *
 * Benchmark methods are named {@code operation_helper}; the hand-written helper is {@code hand}. A run
 * with {@code -p polluted=true} is marked "every end warmed" (see {@link Pollution}).
 */
public final class ResultTable {
    private static final String PREFIX = "dev.relate.benchmarks.";
    private static final String ALLOCATION = ":gc.alloc.rate.norm";

    private ResultTable() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ResultTable <JMH result file, -rf csv>");
            System.exit(2);
        }
        print(Paths.get(args[0]), System.out);
    }

    /** One measured benchmark: the group it is compared within, its helper, time and allocation. */
    private static final class Row {
        final String group;
        final String kind;
        final String operation;
        final String collection;
        final String size;
        final String helper;
        double score = Double.NaN;
        double error = Double.NaN;
        double min = Double.NaN;
        double max = Double.NaN;
        String unit = "";
        double bytes = Double.NaN;

        Row(String kind, String operation, String collection, String size, String helper) {
            this.kind = kind;
            this.operation = operation;
            this.collection = collection;
            this.size = size;
            this.helper = helper;
            this.group = kind + "|" + operation + "|" + collection + "|" + size;
        }
    }

    /** Reads a JMH result file and prints the table to {@code out}; returns how many rows it printed. */
    public static int print(Path results, PrintStream out) {
        String text;
        try {
            text = new String(Files.readAllBytes(results), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.trim().isEmpty()) {
            throw new IllegalArgumentException(results + " is empty");
        }
        boolean json = text.trim().startsWith("[");
        Map<String, Row> rows = json ? fromJson(text) : fromCsv(results, text);
        return print(rows, json, out);
    }

    private static Map<String, Row> fromJson(String text) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Object item : (List<?>) Json.parse(text)) {
            Map<?, ?> result = (Map<?, ?>) item;
            Map<?, ?> params = result.get("params") instanceof Map ? (Map<?, ?>) result.get("params") : Map.of();
            String size = params.get("size") == null ? "" : params.get("size").toString();
            boolean everyEnd = "true".equals(params.get("polluted"));
            Row row = newRow(result.get("benchmark").toString(), size, everyEnd);
            if (row == null) {
                continue;
            }
            Map<?, ?> primary = (Map<?, ?>) result.get("primaryMetric");
            Map<?, ?> percentiles = (Map<?, ?>) primary.get("scorePercentiles");
            row.score = number(percentiles.get("50.0"));
            row.min = number(percentiles.get("0.0"));
            row.max = number(percentiles.get("100.0"));
            row.unit = primary.get("scoreUnit").toString();
            Object secondary = result.get("secondaryMetrics");
            if (secondary instanceof Map && ((Map<?, ?>) secondary).get("gc.alloc.rate.norm") instanceof Map) {
                row.bytes = number(((Map<?, ?>) ((Map<?, ?>) secondary).get("gc.alloc.rate.norm")).get("score"));
            }
            rows.put(row.group + "|" + row.helper, row);
        }
        return rows;
    }

    private static double number(Object value) {
        return value instanceof Double ? (Double) value : Double.NaN;
    }

    private static Map<String, Row> fromCsv(Path csv, String text) {
        List<String> lines = text.lines().collect(Collectors.toList());
        List<String> header = fields(lines.get(0));
        int benchmark = header.indexOf("Benchmark");
        int score = header.indexOf("Score");
        int error = header.indexOf("Score Error (99.9%)");
        int unit = header.indexOf("Unit");
        int size = header.indexOf("Param: size");
        int polluted = header.indexOf("Param: polluted");
        if (benchmark < 0 || score < 0 || error < 0 || unit < 0) {
            throw new IllegalArgumentException(csv + " is not a JMH CSV result file (-rf csv)");
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> f = fields(line);
            String name = f.get(benchmark);
            boolean allocation = name.endsWith(ALLOCATION);
            int colon = name.indexOf(':');
            if (colon >= 0 && !allocation) {
                continue; // other secondary results: gc.count, gc.time, gc.alloc.rate
            }
            String method = colon >= 0 ? name.substring(0, colon) : name;
            String sizeValue = size >= 0 && size < f.size() ? f.get(size) : "";
            boolean everyEnd = polluted >= 0 && polluted < f.size() && f.get(polluted).equals("true");
            String key = method + "|" + sizeValue + "|" + everyEnd;
            Row row = rows.get(key);
            if (row == null) {
                row = newRow(method, sizeValue, everyEnd);
                if (row == null) {
                    continue;
                }
                rows.put(key, row);
            }
            if (allocation) {
                row.bytes = parse(f.get(score));
            } else {
                row.score = parse(f.get(score));
                row.error = parse(f.get(error));
                row.unit = f.get(unit);
            }
        }
        return rows;
    }

    private static int print(Map<String, Row> rows, boolean json, PrintStream out) {
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort((a, b) -> {
            int c = a.kind.compareTo(b.kind);
            c = c != 0 ? c : a.operation.compareTo(b.operation);
            c = c != 0 ? c : a.collection.compareTo(b.collection);
            c = c != 0 ? c : Long.compare(sizeOrder(a.size), sizeOrder(b.size));
            c = c != 0 ? c : Boolean.compare(!a.helper.equals("hand"), !b.helper.equals("hand"));
            return c != 0 ? c : a.helper.compareTo(b.helper);
        });
        Map<String, Row> hand = new LinkedHashMap<>();
        for (Row row : sorted) {
            if (row.helper.equals("hand")) {
                hand.put(row.group, row);
            }
        }
        out.println("| relationship | operation | collection | size | helper | "
                + (json ? "time: median (range)" : "time: mean ± error") + " | × hand | B/op |");
        out.println("| --- | --- | --- | ---: | --- | ---: | ---: | ---: |");
        for (Row row : sorted) {
            Row baseline = hand.get(row.group);
            String ratio = baseline == null || baseline.score <= 0
                    ? "" : String.format(Locale.ROOT, "%.2f", row.score / baseline.score);
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", row.kind, row.operation,
                    row.collection, row.size.isEmpty() ? "—" : String.format(Locale.ROOT, "%,d",
                            Long.parseLong(row.size)), row.helper, time(row), ratio, bytes(row.bytes));
        }
        return sorted.size();
    }

    /** The row of a benchmark method {@code dev.relate.benchmarks.<collection>.<Kind>Benchmark.<op>_<helper>}. */
    private static Row newRow(String method, String size, boolean everyEnd) {
        if (!method.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = method.substring(PREFIX.length()).split("\\.");
        if (parts.length != 3) {
            return null;
        }
        String collection;
        switch (parts[0]) {
            case "arraylist":
            case "access":
            case "tree":
            case "positions":
            case "events":
                collection = "ArrayList";
                break;
            case "hashset":
                collection = "HashSet";
                break;
            case "maps":
                collection = "HashMap";
                break;
            case "ordercolumns":
                collection = "ArrayList, H2 in memory";
                break;
            default:
                collection = "—";
                break;
        }
        String kind = kind(parts[1].replace("Benchmark", ""));
        int underscore = parts[2].indexOf('_');
        String operation = underscore < 0 ? parts[2] : parts[2].substring(0, underscore);
        if (everyEnd) {
            operation += ", every end warmed";
        }
        String helper = underscore < 0 ? "" : parts[2].substring(underscore + 1);
        return new Row(kind, operation, collection, size, helper);
    }

    private static String kind(String simpleName) {
        switch (simpleName) {
            case "OneToMany":
                return "one-to-many";
            case "OneToOne":
                return "one-to-one";
            case "ManyToMany":
                return "many-to-many";
            case "Association":
                return "association object";
            case "Access":
                return "one-to-many, each field access";
            case "Tree":
                return "self-referential one-to-many (size: depth)";
            case "Positions":
                return "one-to-many, kept positions or not";
            case "UniqueAssociation":
                return "association object, unique or not";
            case "MapOneToMany":
                return "one-to-many, a map keyed by an attribute";
            case "MapManyToMany":
                return "many-to-many, a map keyed by an attribute";
            case "OrderColumn":
                return "many-to-many table, order columns or not (size: left objects, 3 rows each)";
            case "Events":
                return "one-to-many, with a validator and listener or not";
            default:
                return simpleName;
        }
    }

    private static long sizeOrder(String size) {
        return size.isEmpty() ? -1 : Long.parseLong(size);
    }

    private static String time(Row row) {
        if (Double.isNaN(row.score)) {
            return "";
        }
        String value = format(row.score) + " " + row.unit.replace("/op", "");
        if (!Double.isNaN(row.min) && !Double.isNaN(row.max)) {
            value += " (" + format(row.min) + "–" + format(row.max) + ")";
        } else if (!Double.isNaN(row.error)) {
            value += " ± " + format(row.error);
        }
        return value;
    }

    private static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String bytes(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        // -prof gc measures allocation per thread over the iteration; below 0.5 B/op it is noise
        return value < 0.5 ? "0" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The fields of one CSV line: comma separated, optionally in double quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
