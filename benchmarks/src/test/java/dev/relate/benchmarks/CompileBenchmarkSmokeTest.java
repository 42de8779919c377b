package dev.relate.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
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
 * (TimedProcessors), and print its table. Nothing here is asserted on time beyond relate's share of a
 * javac run being a share (at least 0, less than the whole).
 */
class CompileBenchmarkSmokeTest {
    private static final int PAIRS = 20;

    @Test
    void theScriptCompilesEveryVariantAndPrintsItsTable(@TempDir Path work) throws Exception {
        Path script = Paths.get(System.getProperty("compile-benchmark.script"));
        assertTrue(Files.isRegularFile(script), script + " is missing");
        Path outputFile = work.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "-r", "1", "-w",
                work.resolve("work").toString(), Integer.toString(PAIRS))
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

        List<String> lines = output.lines().collect(Collectors.toList());
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("N ") && lines.get(i).contains("overhead")) {
                header = i;
            }
        }
        assertTrue(header >= 0, "no table:\n" + output);
        for (String column : new String[] {"processor", "replay", "as source", "javac", "relate %", "hand-written",
                "timed", "inside", "inside %"}) {
            assertTrue(lines.get(header).contains(column), "no column " + column + ":\n" + output);
        }
        assertTrue(header + 1 < lines.size(), "no row:\n" + output);
        String[] row = lines.get(header + 1).trim().split("\\s+");
        assertEquals(Integer.toString(PAIRS), row[0], output);
        assertEquals(Integer.toString(3 * PAIRS), row[1], "the model's source files:\n" + output);
        assertTrue(Integer.parseInt(row[2]) >= 3 * PAIRS, "the files relate generated:\n" + output);
        assertTrue(output.contains("%"), output);

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
}
