package fr.clsbot.evidence;

import java.util.List;

/**
 * What a web page's frame says rather than its article: « Si votre navigateur ne rend pas la page correctement… »,
 * « Embed Size (px) », « Download », a cookie banner. Saved pages keep these lines; they are never evidence.
 */
final class PageChrome {
    /** How frame lines start; compared without case, as this runs for every passage of the base. */
    private static final List<String> STARTS = List.of("si votre navigateur ne", "embed size", "download ",
            "report this document", "ce site utilise des cookies", "nous utilisons des cookies", "accepter les cookies",
            "gérer les cookies", "gerer les cookies", "vous êtes ici", "vous etes ici", "partager sur ");

    private PageChrome() {
    }

    /** True when {@code sentence} is the page's frame, not its text. */
    static boolean is(String sentence) {
        String start = sentence.strip();
        for (String frame : STARTS) {
            if (start.regionMatches(true, 0, frame, 0, frame.length())) {
                return true;
            }
        }
        return false;
    }
}
