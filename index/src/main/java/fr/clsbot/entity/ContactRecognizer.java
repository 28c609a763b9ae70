package fr.clsbot.entity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** French phone numbers ("04 73 86 89 80", "+33 4 …") and e-mail addresses. */
final class ContactRecognizer implements Recognizer {
    static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+33\\s?(?:\\(0\\)\\s?)?|0)[1-9](?:[\\s.-]?\\d{2}){4}"
            + "(?!\\d)");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[a-zA-Z]{2,}");

    @Override
    public void find(String text, String folded, List<Entity> found) {
        add(EntityType.PHONE, PHONE.matcher(text), text, found);
        add(EntityType.EMAIL, EMAIL.matcher(text), text, found);
    }

    private static void add(EntityType type, Matcher matcher, String text, List<Entity> found) {
        while (matcher.find()) {
            String value = matcher.group();
            found.add(new Entity(type, value, matcher.start(), matcher.end(), value, null));
        }
    }
}
