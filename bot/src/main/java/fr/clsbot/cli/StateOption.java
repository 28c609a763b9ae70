package fr.clsbot.cli;

import fr.clsbot.feedback.QuestionLog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --state-dir} option: where a running bot keeps its questions file and its salt. */
final class StateOption {
    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${env:CLSBOT_STATE_DIR}",
            description = "Où sont gardés le fichier des questions et le sel des identifiants de discussion (par "
                    + "défaut $XDG_STATE_HOME/clsbot ou ~/.local/state/clsbot ; variable CLSBOT_STATE_DIR).")
    Path directory;

    Path resolve() {
        return directory != null ? directory : UserDirectory.state();
    }

    QuestionLog questionLog() {
        return QuestionLog.in(resolve());
    }
}
