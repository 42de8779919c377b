package dev.relate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs benchmarks/compile-benchmark.sh once on a small model, so that it never rots: it must compile
 * the model with the processor, with the processor that replays relate's files, the same model with
 * the generated helpers as plain sources, and the hand-written model, time relate from inside javac
 * (TimedProcessors), and print its table; for issue 17's model of pairs, also count the lines relate
 * writes per kind of pair. Nothing here is asserted on time beyond relate's share of a javac run
 * being a share (at least 0, less than the whole).
 */
class CompileBenchmarkSmokeTest {
    private static final int PAIRS = 12;
    private static final int SMALL_PAIRS = 4;

    @Test
    void theScriptCompilesEveryVariantAndPrintsItsTable(@TempDir Path work) throws Exception {
        String output = run(work, "-L", Integer.toString(PAIRS));
        assertTable(output, PAIRS, 3 * PAIRS, 5 * PAIRS);
        assertFalse(output.contains("generated lines per pair"), "-L counts no lines:\n" + output);

        // relate's time measured inside javac by TimedProcessors: there, and within javac's own
        Matcher run = Pattern.compile("run 1: (\\d+\\.\\d+) s / (\\d+\\.\\d+) s \\(").matcher(output);
        assertTrue(run.find(), "no timed run:\n" + output);
        double inside = Double.parseDouble(run.group(1));
        double javac = Double.parseDouble(run.group(2));
        assertTrue(inside >= 0 && javac > 0 && inside < javac, "relate's CPU time inside javac's:\n" + output);
        Path timing = work.resolve("work").resolve("n" + PAIRS).resolve("out").resolve("timing.txt");
        assertTrue(Files.readAllLines(timing, StandardCharsets.UTF_8).stream().anyMatch(line -> line.startsWith("cpu-ns=")),
                "TimedProcessors' figures in " + timing);
    }

    @Test
    void thePairsModelTimesProcessorAgainstHandWrittenAndCountsTheLinesPerKindOfPair(@TempDir Path work) throws Exception {
        String output = run(work, "-m", "pairs", "-x", "-F", Integer.toString(SMALL_PAIRS),
                Integer.toString(2 * SMALL_PAIRS));
        // -x: processor and hand-written only, each N a row, and the growth between them
        List<String> lines = output.lines().collect(Collectors.toList());
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("N ") && lines.get(i).contains("× hand")) {
                header = i;
                break;
            }
        }
        assertTrue(header >= 0, "no table:\n" + output);
        assertFalse(lines.get(header).contains("replay"), "-x times no replay:\n" + output);
        for (int k = 0; k < 2; k++) {
            int pairs = (k + 1) * SMALL_PAIRS;
            String[] row = lines.get(header + 2 + k).trim().split("\\s+");
            // a one-to-many in each pair (two files), a many-to-many in memory in every fourth: no table
            assertEquals(List.of(Integer.toString(pairs), Integer.toString(2 * pairs), Integer.toString(2 * pairs)),
                    List.of(row[0], row[1], row[2]), output);
            assertTrue(Double.parseDouble(row[5]) > 0 && Double.parseDouble(row[row.length - 1]) > 0, output);
        }
        assertTrue(output.contains("  N " + SMALL_PAIRS + " -> " + 2 * SMALL_PAIRS + " (x2.00): processor x"), output);

        // -F: the floor, the hand-written helpers written by a processor and as plain sources, a row per N
        int floor = lines.indexOf("the floor of any processor (-F): the hand-written helpers, one file a pair of static"
                + " methods, CPU time:");
        assertTrue(floor >= 0, "no floor table:\n" + output);
        for (int k = 0; k < 2; k++) {
            String[] row = lines.get(floor + 4 + k).trim().split("\\s+");
            assertEquals(Integer.toString((k + 1) * SMALL_PAIRS), row[0], output);
            // N, processor, hand-written, floor and its ratio, as source and its ratio, processor ÷ floor,
            // the floor in two files and its ratio
            assertEquals(List.of("s", "s", "s", "s", "s"), List.of(row[2], row[4], row[6], row[9], row[13]), output);
            assertTrue(Double.parseDouble(row[7]) > 0 && Double.parseDouble(row[10]) > 0
                    && Double.parseDouble(row[11]) > 0 && Double.parseDouble(row[14]) > 0, output);
        }
        Path twoFiles = work.resolve("work").resolve("n" + SMALL_PAIRS).resolve("out").resolve("floor-two-written")
                .resolve("bench").resolve("p0");
        assertTrue(Files.readString(twoFiles.resolve("Right0Helpers.java"))
                .contains("Left0Helpers.addChild(parent, child);"), output);
        assertFalse(Files.readString(twoFiles.resolve("Left0Helpers.java")).contains("setParent"), output);
        for (int i = 0; i < 2 * SMALL_PAIRS; i++) {
            Path written = work.resolve("work").resolve("n" + 2 * SMALL_PAIRS).resolve("out").resolve("floor-written")
                    .resolve("bench").resolve("p0").resolve("Left" + i + "Helpers.java");
            assertTrue(Files.readString(written).contains("public static void setParent(Right" + i + " child, Left" + i
                    + " parent)"), written.toString());
        }

        Map<String, String[]> rows = new HashMap<>();
        for (String line : lines) {
            Matcher row = Pattern.compile("^  (one-to-many|many-to-many|many-to-many, table) +"
                    + "(all \\.java|Relations\\.java|Table\\.java|hand-written helpers) +(.*)$").matcher(line);
            if (row.matches()) {
                rows.put(row.group(1) + " / " + row.group(2), row.group(3).trim().split("\\s+"));
            }
        }
        for (String pair : new String[] {"one-to-many", "many-to-many", "many-to-many, table"}) {
            String[] all = rows.get(pair + " / all .java");
            assertNotNull(all, "no line count for " + pair + ":\n" + output);
            double total = Double.parseDouble(all[1]);
            double parts = 0;
            for (int i = 2; i < 7; i++) {
                parts += Double.parseDouble(all[i]);
            }
            assertTrue(total > 0, pair + ":\n" + output);
            assertEquals(total, parts, 0.01, "javadoc + blank + header + nested + code = lines, " + pair + ":\n" + output);
            assertNotNull(rows.get(pair + " / hand-written helpers"), output);
            assertTrue(Double.parseDouble(rows.get(pair + " / hand-written helpers")[1]) > 0, output);
        }
        // two files per pair without a table, and the table's class only where a table is asked for
        assertEquals("2.0", rows.get("one-to-many / all .java")[0], output);
        assertEquals("2.0", rows.get("many-to-many / all .java")[0], output);
        assertNull(rows.get("many-to-many / Table.java"), output);
        assertEquals("3.0", rows.get("many-to-many, table / all .java")[0], output);
        assertEquals("1.0", rows.get("many-to-many, table / Table.java")[0], output);
    }

    private static String run(Path work, String... arguments) throws Exception {
        Path script = Paths.get(System.getProperty("compile-benchmark.script"));
        assertTrue(Files.isRegularFile(script), script + " is missing");
        Path outputFile = work.resolve("output.txt");
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "-r", "1", "-w",
                work.resolve("work").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile());
        // the JDK running the tests, which has javac; C1 only, as nothing is measured here
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVAC_OPTS", "-J-Xmx1g -J-XX:TieredStopAtLevel=1");
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(Files.readAllBytes(outputFile), StandardCharsets.UTF_8);
        assertTrue(finished, "the script did not finish:\n" + output);
        assertEquals(0, process.exitValue(), output);

        return output;
    }

    /** The CPU table's header and its one row: N, the model's files, the files relate wrote, its lines a pair. */
    private static void assertTable(String output, int pairs, int sources, int generated) {
        List<String> lines = output.lines().collect(Collectors.toList());
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("N ") && lines.get(i).contains("overhead")) {
                header = i;
                break;
            }
        }
        assertTrue(header >= 0, "no table:\n" + output);
        for (String column : new String[] {"processor", "replay", "as source", "javac", "relate %", "hand-written",
                "× hand", "timed", "inside", "inside %", "lines/pair"}) {
            assertTrue(lines.get(header).contains(column), "no column " + column + ":\n" + output);
        }
        assertTrue(header + 1 < lines.size(), "no row:\n" + output);
        String[] row = lines.get(header + 1).trim().split("\\s+");
        assertEquals(Integer.toString(pairs), row[0], output);
        assertEquals(Integer.toString(sources), row[1], "the model's source files:\n" + output);
        assertEquals(Integer.toString(generated), row[2], "the files relate generated:\n" + output);
        assertTrue(Double.parseDouble(row[row.length - 1]) > 0, "generated lines per pair:\n" + output);
    }
}
