package fr.clsbot.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the knowledge base is: the directory given with {@code --kb}, else {@code ./knowledge-base} when it exists,
 * else the copy bundled inside the jar, so that the jar answers from any directory.
 */
final class KnowledgeBaseLocation {
    static final String DEFAULT_DIRECTORY = "knowledge-base";
    private static final String BUNDLED = "/knowledge-base/glossary.yaml";

    private KnowledgeBaseLocation() {
    }

    static Path resolve(Path given) {
        if (given != null) {
            return given;
        }
        Path local = Path.of(DEFAULT_DIRECTORY);
        if (Files.isDirectory(local)) {
            return local;
        }
        return bundled();
    }

    /** True when {@code path} is the copy inside the jar, which cannot be edited or watched. */
    static boolean isBundled(Path path) {
        return !"file".equals(path.getFileSystem().provider().getScheme());
    }

    private static Path bundled() {
        URL url = KnowledgeBaseLocation.class.getResource(BUNDLED);
        if (url == null) {
            throw UserError.invalidInput("pas de dossier ./knowledge-base ici ni de base incluse dans le jar : "
                    + "indiquez-la avec --kb DOSSIER");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/knowledge-base");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw UserError.failed("impossible d'ouvrir la base de connaissances incluse dans le jar");
        }
    }
}
