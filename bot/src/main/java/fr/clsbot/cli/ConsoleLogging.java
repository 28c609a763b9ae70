package fr.clsbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.ConsoleTarget;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The bot's logging, set up in code rather than from an XML file: Logback's XML configuration costs a few hundred
 * milliseconds of every start (an XML parser and its model machinery), a tenth of what a restart may take. Logs go to
 * standard error, so that the JSON lines of {@code ask} keep standard output clean; {@code fr.clsbot} logs at
 * {@code CLSBOT_LOG_LEVEL} (INFO by default), everything else at WARN, and PDFBox at ERROR only: it warns about what
 * every ordinary PDF does (standard fonts not embedded, odd but readable objects), which the person ingesting a
 * document can do nothing about; a PDF that cannot be read is still reported, once, by ingest itself.
 *
 * <p>An XML configuration named by {@code -Dlogback.configurationFile}, or a {@code logback-test.xml} on the class
 * path (the tests'), still wins: this one then steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || ConsoleLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureConsole(context, System.getenv("CLSBOT_LOG_LEVEL"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}, with {@code level} for the bot's own loggers (INFO when null or unknown). */
    static void configureConsole(LoggerContext context, String level) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget(ConsoleTarget.SystemErr.getName());
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        context.getLogger("fr.clsbot").setLevel(Level.toLevel(level, Level.INFO));
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
    }
}
