package fr.clsbot.ingest;

import fr.clsbot.knowledge.Contact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds contacts: each phone number or e-mail, with the short lines just above it naming the organisation and
 * the service ("Agence régionale de santé Auvergne-Rhône-Alpes / Direction cabinet & communication / Service
 * presse : 04 27 86 55 55"). A contact block printed twice is kept once.
 */
final class ContactExtractor {
    private static final int MAX_LABEL_LENGTH = 90;
    /** Labels that only say what follows is a phone or an address ("Tél.", "Courriel :"), not who. */
    private static final java.util.regex.Pattern MEANS = java.util.regex.Pattern.compile(
            "(?i)(?:t[ée]l(?:[ée]phone)?|portable|mobile|fax|courriel|e-?mail|mail|m[ée]l)\\.?\\s*:?");

    /** The words that open a contact block, before whom it names: "Contact presse :", "Pour tout renseignement :". */
    private static final java.util.regex.Pattern CONTACT_HEAD = java.util.regex.Pattern.compile(
            "(?iu)^(?:contacts?|pour tout renseignement|informations)(?:\\s+(?:presse|m[ée]dias?))?\\s*:?");

    /** The comma or semicolon a label line ends with, which only joins it to the next one. */
    private static final java.util.regex.Pattern TRAILING_COMMA = java.util.regex.Pattern.compile("\\s*[,;]+$");

    /** A contact being read: its label lines, phone, e-mail and the lines it spans. */
    private static final class Block {
        final List<String> labels = new ArrayList<>();
        final List<String> lines = new ArrayList<>();
        String phone;
        String email;
        boolean press;

        boolean complete() {
            return phone != null || email != null;
        }
    }

    List<Contact> extract(Document document) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        Block block = new Block();
        boolean pressSection = false;
        for (String raw : document.lines()) {
            String line = Document.cleanLine(raw);
            if (line.isEmpty()) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            Matcher phone = FrenchPatterns.PHONE.matcher(line);
            Matcher email = FrenchPatterns.EMAIL.matcher(line);
            boolean hasPhone = phone.find();
            boolean hasEmail = email.find();
            if (hasPhone || hasEmail) {
                if ((hasPhone && block.phone != null) || (hasEmail && block.email != null)) {
                    block = close(block, contacts);
                }
                if (hasPhone) {
                    block.phone = phone.group().strip();
                    String label = line.substring(0, phone.start()).replaceAll("[:\\s]+$", "").strip();
                    if (!label.isEmpty() && !MEANS.matcher(label).matches()) {
                        block.labels.add(label);
                    }
                }
                if (hasEmail) {
                    block.email = email.group();
                }
                block.lines.add(line);
                block.press |= pressSection;
            } else if (lower.startsWith("contact") || lower.startsWith("pour tout renseignement")
                    || lower.startsWith("informations")) {
                block = close(block, contacts);
                pressSection = lower.contains("presse") || lower.contains("média");
                // "Contact : Laure Abadie Coordonnatrice Contrat Local de Santé", the phone on the line below.
                String who = CONTACT_HEAD.matcher(line).replaceFirst("").strip();
                if (!who.isEmpty() && who.length() <= MAX_LABEL_LENGTH && !who.endsWith(".")) {
                    block.labels.add(who);
                    block.lines.add(line);
                }
            } else if (line.length() <= MAX_LABEL_LENGTH && !line.endsWith(".")) {
                if (block.complete()) {
                    block = close(block, contacts);
                }
                // "Pauline DUPOUY," then "Coordonnatrice du CLS" on the next line: the comma only joined them.
                block.labels.add(TRAILING_COMMA.matcher(line).replaceFirst(""));
                block.lines.add(line);
                block.press |= lower.contains("presse") || lower.contains("média") || lower.contains("communication");
            } else {
                block = close(block, contacts);
                pressSection = false;
            }
        }
        close(block, contacts);
        return new ArrayList<>(contacts.values());
    }

    private static Block close(Block block, Map<String, Contact> contacts) {
        if (block.complete()) {
            String key = block.phone + "|" + block.email;
            List<String> labels = block.labels.size() > 3 ? block.labels.subList(block.labels.size() - 3,
                    block.labels.size()) : block.labels;
            String organisation = labels.isEmpty() ? null : labels.get(0);
            String service = labels.size() > 1 ? String.join(", ", labels.subList(1, labels.size())) : null;
            List<String> lines = block.lines.subList(Math.max(0, block.lines.size() - labels.size() - 2),
                    block.lines.size());
            contacts.putIfAbsent(key, new Contact(organisation, service, block.phone, block.email,
                    block.press ? List.of("presse") : List.of(), String.join(" ", lines), null));
        }
        return new Block();
    }
}
