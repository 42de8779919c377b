package dev.relate.benchmarks;

import dev.relate.processor.RelateClaims;
import dev.relate.processor.RelateProcessor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The compile-time benchmark's direct measure of relate's own time: a processor that runs relate's
 * two processors, {@link RelateProcessor} then {@link RelateClaims}, as javac runs them from
 * {@code META-INF/services}, and adds up the CPU time of the calling thread
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}) and the wall-clock time spent inside their
 * {@code init} and {@code process}. Everything relate does on javac's thread is in it: reading and
 * checking the model, building and rendering the files, and handing them to javac's filer (whose
 * checks of each new file a processor that writes the same files pays as well). Not in it: javac's
 * other threads (the JIT compiling relate's code, the collector), and javac's own work on the files
 * relate wrote.
 *
 * <p>Use it with {@code -processor dev.relate.benchmarks.TimedProcessors} and relate's processor
 * path; with the option {@value #REPORT} it writes its figures to that file when processing is over,
 * one {@code name=value} per line (nanoseconds), else it prints them as a NOTE, which no
 * {@code -Werror} turns into an error.
 */
public final class TimedProcessors extends AbstractProcessor {
    /** The option naming the file the figures go to. */
    public static final String REPORT = "relate.timing";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final RelateProcessor relate = new RelateProcessor();
    private final RelateClaims claims = new RelateClaims();

    /** Whether javac would have called {@link #claims} already: after that, it calls it every round. */
    private boolean claimsCalled;

    private long initCpu;
    private long initWall;
    private long processCpu;
    private long processWall;
    private int rounds;

    private boolean reported;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "TimedProcessors: this JVM cannot measure a thread's CPU time");
            return;
        }
        if (!threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        relate.init(processingEnv);
        claims.init(processingEnv);
        initCpu += threads.getCurrentThreadCpuTime() - cpu;
        initWall += System.nanoTime() - wall;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new LinkedHashSet<>(relate.getSupportedAnnotationTypes());
        if (types.contains("*")) {
            // javac warns of a processor that supports "*" and other types (-Xlint:processing)
            return Set.of("*");
        }
        types.addAll(claims.getSupportedAnnotationTypes());
        return types;
    }

    @Override
    public Set<String> getSupportedOptions() {
        Set<String> options = new LinkedHashSet<>(relate.getSupportedOptions());
        options.addAll(claims.getSupportedOptions());
        options.add(REPORT);
        return options;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        // what javac hands RelateClaims: the annotations among its supported types (all named in full)
        Set<TypeElement> claimable = new LinkedHashSet<>();
        Set<String> claimed = claims.getSupportedAnnotationTypes();
        for (TypeElement annotation : annotations) {
            if (claimed.contains(annotation.getQualifiedName().toString())) {
                claimable.add(annotation);
            }
        }
        boolean claimedAll = false;
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        relate.process(annotations, round);
        if (claimsCalled || !claimable.isEmpty()) {
            claimsCalled = true;
            claimedAll = claims.process(claimable, round) && othersArePlatforms(annotations, claimable);
        }
        processCpu += threads.getCurrentThreadCpuTime() - cpu;
        processWall += System.nanoTime() - wall;
        rounds++;
        if (round.processingOver()) {
            report();
        }
        // supporting "*", claiming would claim every annotation of the round: only when all are relate's
        return claimedAll;
    }

    /**
     * Whether every annotation of the round that RelateClaims was not handed is one of the platform's
     * own ({@code java.lang}, such as {@code @Override} in relate's output), which javac never reports
     * as unclaimed: then claiming the round, as this processor must do to claim relate's (it supports
     * {@code "*"}), takes nothing from another processor but those.
     */
    private static boolean othersArePlatforms(Set<? extends TypeElement> annotations, Set<TypeElement> claimable) {
        for (TypeElement annotation : annotations) {
            if (!claimable.contains(annotation) && !annotation.getQualifiedName().toString().startsWith("java.lang.")) {
                return false;
            }
        }
        return true;
    }

    private void report() {
        if (reported) {
            return;
        }
        reported = true;
        String text = "cpu-ns=" + (initCpu + processCpu) + "\n"
                + "wall-ns=" + (initWall + processWall) + "\n"
                + "init-cpu-ns=" + initCpu + "\n"
                + "init-wall-ns=" + initWall + "\n"
                + "process-cpu-ns=" + processCpu + "\n"
                + "process-wall-ns=" + processWall + "\n"
                + "rounds=" + rounds + "\n";
        String file = processingEnv.getOptions().get(REPORT);
        if (file == null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                    "TimedProcessors: relate's init and process took " + (initCpu + processCpu) / 1_000_000
                            + " ms of CPU, " + (initWall + processWall) / 1_000_000 + " ms of wall-clock time, "
                            + rounds + " rounds");
            return;
        }
        Path path = Paths.get(file);
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.write(path, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "TimedProcessors: cannot write " + path + ": " + e.getMessage());
        }
    }
}
