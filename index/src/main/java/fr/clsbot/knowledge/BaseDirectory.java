package fr.clsbot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The knowledge-base directory and the one rule for every path read from it: a file is read only when its real path,
 * links followed, stays inside the real path of the base. A source {@code sources/pw.txt} linked to
 * {@code /etc/passwd}, a contract file linked from elsewhere, or a {@code sources/} directory that is itself a link
 * out of the base are all refused, as are absolute paths and {@code ..}.
 */
public final class BaseDirectory {
    private final Path root;
    private final Path real;

    private BaseDirectory(Path root, Path real) {
        this.root = root;
        this.real = real;
    }

    /**
     * The base at {@code root} (itself possibly reached through a link).
     *
     * @throws IOException when {@code root} does not exist or cannot be resolved
     */
    public static BaseDirectory of(Path root) throws IOException {
        return new BaseDirectory(root, root.toRealPath());
    }

    /** The directory as given. */
    public Path root() {
        return root;
    }

    /**
     * The file a knowledge-base file names, e.g. {@code sources/montlucon.txt}: empty when the name is absolute,
     * climbs out with {@code ..}, or leads out of the base through a link. A file that does not exist resolves to
     * where it would be, so that the caller can say it is missing.
     */
    public Optional<Path> resolve(String relative) {
        if (relative.isBlank() || relative.startsWith("/") || relative.startsWith("\\")
                || root.getFileSystem().getPath(relative).isAbsolute()) {
            return Optional.empty();
        }
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(relative).normalize();
        if (!candidate.startsWith(base)) {
            return Optional.empty();
        }
        return Files.exists(candidate) ? realInside(candidate) : Optional.of(candidate);
    }

    /** True when {@code file}, found by listing the base, really lies inside it (not a link to elsewhere). */
    public boolean contains(Path file) {
        return realInside(file).isPresent();
    }

    private Optional<Path> realInside(Path file) {
        try {
            Path resolved = file.toRealPath();
            return resolved.startsWith(real) ? Optional.of(resolved) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
