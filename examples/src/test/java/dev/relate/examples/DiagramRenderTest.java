package dev.relate.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The diagrams relate wrote for the examples render with a real Mermaid renderer: mermaid-cli
 * ({@code tools/mermaid}, installed there with {@code npm ci}) driving Chromium. The SVGs go to
 * {@code target/diagram/}, where they can be looked at.
 *
 * <p>Without the renderer the test is skipped, saying what is missing, unless
 * {@code -Drelate.render.required=true} (or the environment variable {@code RELATE_RENDER_REQUIRED=true})
 * asks for it, as CI does: then a missing renderer fails the build.
 */
class DiagramRenderTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final Path MERMAID = ROOT.resolve("tools/mermaid");
    private static final Path MMDC = MERMAID.resolve("node_modules/.bin/mmdc");
    private static final Path CLASSES = Paths.get("target/classes");
    private static final Path OUT = Paths.get("target/diagram");

    /** {@code class `com.example.Parent`["Parent"]}: a class's id, in the diagram's text. */
    private static final Pattern CLASS = Pattern.compile("^\\s*class `([^`]+)`", Pattern.MULTILINE);
    /** A relationship's line: the ids of its two classes. */
    private static final Pattern LINE = Pattern.compile("^\\s*`([^`]+)` \"[^\"]*\" --?>? \"[^\"]*\" `([^`]+)` : ",
            Pattern.MULTILINE);
    /** An arrow from a class to its superclass: the superclass's id, then the subclass's. */
    private static final Pattern INHERITS = Pattern.compile("^\\s*`([^`]+)` <\\|-- `([^`]+)`$", Pattern.MULTILINE);

    @Test
    void theExamplesDiagramsRenderWithEveryClassAndRelationship() throws Exception {
        Path chromium = chromium();
        boolean required = Boolean.getBoolean("relate.render.required")
                || "true".equalsIgnoreCase(System.getenv("RELATE_RENDER_REQUIRED"));
        String missing = !Files.isExecutable(MMDC) ? "mermaid-cli is not installed: run npm ci in " + MERMAID
                : chromium == null ? "Chromium is not installed (apt-get install chromium), or set RELATE_CHROMIUM"
                : null;
        if (missing != null) {
            assertWithMessage("the renderer, which -Drelate.render.required=true requires: %s", missing)
                    .that(required).isFalse();
            Assumptions.abort("the diagrams are not rendered: " + missing);
        }
        Files.createDirectories(OUT);
        try (Stream<Path> old = Files.list(OUT)) {
            for (Path file : old.filter(file -> file.getFileName().toString().matches(".*\\.(svg|png|log)")).toList()) {
                Files.delete(file); // a run before this one's
            }
        }
        Path config = OUT.resolve("puppeteer-config.json");
        Files.writeString(config, "{\"executablePath\": \"" + chromium + "\", \"args\": [\"--no-sandbox\","
                + " \"--headless\", \"--disable-gpu\", \"--disable-background-networking\","
                + " \"--disable-component-update\", \"--disable-sync\", \"--no-first-run\"]}\n");

        List<Path> diagrams = new ArrayList<>();
        diagrams.add(CLASSES.resolve("META-INF/relate/model.mmd"));
        try (Stream<Path> fragments = Files.list(CLASSES.resolve("META-INF/relate/model"))) {
            fragments.sorted().forEach(diagrams::add);
        }
        assertThat(diagrams.size()).isGreaterThan(10);
        // one run of the renderer (one Chromium) for them all: a Markdown file with a mermaid block each,
        // whose blocks mmdc renders to all-1.svg, all-2.svg, ... in order
        StringBuilder markdown = new StringBuilder();
        for (Path diagram : diagrams) {
            markdown.append("```mermaid\n").append(Files.readString(diagram, StandardCharsets.UTF_8))
                    .append("```\n\n");
        }
        Path all = OUT.resolve("all.md");
        Files.writeString(all, markdown, StandardCharsets.UTF_8);
        render(config, all, OUT.resolve("all-rendered.md"));
        for (int i = 0; i < diagrams.size(); i++) {
            String name = diagrams.get(i).getFileName().toString();
            Path svg = OUT.resolve(name.substring(0, name.length() - ".mmd".length()) + ".svg");
            Files.move(OUT.resolve("all-rendered-" + (i + 1) + ".svg"), svg, StandardCopyOption.REPLACE_EXISTING);
            checkRendered(Files.readString(diagrams.get(i), StandardCharsets.UTF_8), svg);
        }
        Path png = OUT.resolve("model.png");
        render(config, diagrams.get(0), png);
        assertWithMessage("%s", png).that(Files.size(png)).isGreaterThan(10_000L);
    }

    /** The SVG holds a box for every class of the diagram and a line for every relationship, and no error. */
    private static void checkRendered(String diagram, Path svg) throws IOException {
        String rendered = Files.readString(svg, StandardCharsets.UTF_8);
        assertWithMessage("%s", svg).that(rendered).startsWith("<svg");
        assertWithMessage("%s", svg).that(rendered).doesNotContain("Syntax error");
        assertWithMessage("%s", svg).that(rendered).doesNotContain("Parse error");
        int classes = 0;
        for (Matcher matcher = CLASS.matcher(diagram); matcher.find(); classes++) {
            assertWithMessage("the box of %s in %s", matcher.group(1), svg).that(rendered)
                    .contains("classId-" + matcher.group(1) + "-");
        }
        int lines = 0;
        for (Matcher matcher = LINE.matcher(diagram); matcher.find(); lines++) {
            assertWithMessage("the line between %s and %s in %s", matcher.group(1), matcher.group(2), svg)
                    .that(rendered).contains("id_" + matcher.group(1) + "_" + matcher.group(2) + "_");
        }
        for (Matcher matcher = INHERITS.matcher(diagram); matcher.find(); ) {
            assertWithMessage("the arrow from %s to its superclass %s in %s", matcher.group(2), matcher.group(1), svg)
                    .that(rendered).contains("id_" + matcher.group(1) + "_" + matcher.group(2) + "_");
        }
        assertWithMessage("classes in %s", svg).that(classes).isGreaterThan(0);
        assertWithMessage("relationships in %s", svg).that(lines).isGreaterThan(0);
    }

    private static void render(Path config, Path input, Path output) throws IOException, InterruptedException {
        Files.deleteIfExists(output);
        Path log = OUT.resolve(output.getFileName() + ".log");
        Process process = new ProcessBuilder(MMDC.toString(), "--quiet", "--puppeteerConfigFile", config.toString(),
                "--input", input.toString(), "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = process.waitFor(300, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertWithMessage("mmdc on %s finished in time: %s", input, Files.readString(log)).that(done).isTrue();
        assertWithMessage("mmdc on %s: %s", input, Files.readString(log)).that(process.exitValue()).isEqualTo(0);
        assertWithMessage("%s", output).that(Files.exists(output)).isTrue();
    }

    /** Chromium: {@code RELATE_CHROMIUM}, else Debian's or another usual place; null when there is none. */
    private static Path chromium() {
        List<String> candidates = new ArrayList<>();
        String given = System.getenv("RELATE_CHROMIUM");
        if (given != null && !given.isBlank()) {
            candidates.add(given);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        for (String candidate : candidates) {
            File file = new File(candidate);
            if (file.canExecute()) {
                return file.toPath();
            }
        }
        return null;
    }
}
