package fr.clsbot.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints. */
record CommandRun(int exitCode, String out, String err) {
    static final Path SHIPPED = Path.of("..", "knowledge-base");

    /** Copies a knowledge base into {@code target}, so that a test can break it. */
    static Path copy(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination);
                }
            }
        }
        return target;
    }

    static CommandRun run(String... args) {
        return runWithInput("", args);
    }

    static synchronized CommandRun runWithInput(String input, String... args) {
        InputStream stdin = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            CommandLine line = ClsBot.commandLine();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            int code = line.execute(args);
            return new CommandRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(stdin);
        }
    }
}
