package fr.clsbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class ConsoleLoggingTest {
    @Test
    void logsTheBotAtInfoAndEverythingElseAtWarnOnStandardError() {
        LoggerContext context = new LoggerContext();

        ConsoleLogging.configureConsole(context, null);

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("fr.clsbot.live.LiveAssistant").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.apache.fontbox").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class, console -> {
            assertThat(console.getTarget()).isEqualTo("System.err");
            assertThat(console.isStarted()).isTrue();
            assertThat(console.getEncoder()).isInstanceOfSatisfying(LayoutWrappingEncoder.class,
                    encoder -> assertThat(encoder.getLayout().toString()).contains(ConsoleLogging.PATTERN));
        });
    }

    @Test
    void takesTheBotsLevelFromTheEnvironmentVariable() {
        LoggerContext context = new LoggerContext();

        ConsoleLogging.configureConsole(context, "DEBUG");

        assertThat(context.getLogger("fr.clsbot.answer").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("org.apache.lucene").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void isFoundByLogbackAndStepsAsideForTheTestsConfiguration() {
        assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class))
                .anyMatch(ConsoleLogging.class::isInstance);

        assertThat(new ConsoleLogging().configure(new LoggerContext())).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
