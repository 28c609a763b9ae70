package fr.clsbot.evidence;

import fr.clsbot.text.Folding;
import java.util.regex.Pattern;

/**
 * What a web page's frame says rather than its article: « Si votre navigateur ne rend pas la page correctement… »,
 * « Embed Size (px) », « Download », a cookie banner. Saved pages keep these lines; they are never evidence.
 */
final class PageChrome {
    private static final Pattern CHROME = Pattern.compile("^(?:si votre navigateur ne|embed size\\b|download\\b"
            + "|report this document\\b|ce site utilise des cookies|nous utilisons des cookies|accepter les cookies"
            + "|gerer les cookies|vous etes ici\\b|partager sur (?:facebook|twitter|linkedin|x)\\b)");

    private PageChrome() {
    }

    /** True when {@code sentence} is the page's frame, not its text. */
    static boolean is(String sentence) {
        return CHROME.matcher(Folding.fold(sentence.strip())).find();
    }
}
