package fr.clsbot.knowledge;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a file of the knowledge base is on disk, cheaply read (one {@code stat}): its size, modification time, change
 * time and identity (device and inode). A file written since, in place or replaced by a rename, has another stamp;
 * the change time cannot be set back by a tool as the modification time can ({@code touch -d}).
 *
 * @param file     the file, relative to the base's root
 * @param modified its modification time, in nanoseconds since the epoch
 * @param changed  its status change time (when the system gives it, else its modification time), in nanoseconds
 * @param identity the file's device and inode as the system gives them, or empty
 */
record FileStamp(String file, long size, long modified, long changed, String identity) {
    /** Whether this system gives change times: Linux and other Unix systems do, others fall back. */
    private static final boolean UNIX_VIEW = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /**
     * The stamp of {@code root}/{@code file}, links followed.
     *
     * @throws IOException when it cannot be read (a file removed since)
     */
    static FileStamp of(Path root, String file) throws IOException {
        Path path = root.resolve(file);
        if (UNIX_VIEW) {
            Map<String, Object> unix = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new FileStamp(file, (Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
                    nanos((FileTime) unix.get("ctime")), unix.get("dev") + ":" + unix.get("ino"));
        }
        BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class);
        long modified = nanos(basic.lastModifiedTime());
        return new FileStamp(file, basic.size(), modified, modified,
                basic.fileKey() == null ? "" : basic.fileKey().toString());
    }

    /** True when the file was written or changed at or after {@code epochMillis}. */
    boolean changedSince(long epochMillis) {
        long since = TimeUnit.MILLISECONDS.toNanos(epochMillis);
        return modified >= since || changed >= since;
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
