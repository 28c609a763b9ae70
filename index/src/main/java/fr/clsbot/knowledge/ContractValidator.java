package fr.clsbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a contract's meaning once YAML has mapped it: required fields, formats of phones, e-mails, years and ids,
 * and that every quote really stands in the source it names (so no figure drifts from what was printed).
 */
final class ContractValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern FRENCH_PHONE = Pattern.compile("(?:\\+33 ?|0)[1-9](?:[ .-]?\\d{2}){4}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final List<Problem> problems = new ArrayList<>();
    private final String file;
    private final java.util.function.ToIntFunction<String> lines;
    private final List<String> sourceIds;
    private final Map<String, SourceText> sourceTexts;

    /**
     * @param sourceIds   the ids of the contract's sources, the first one being the default of every fact
     * @param sourceTexts their texts by source id (a source whose text could not be read is absent, and its
     *                    quotes are not checked)
     */
    /**
     * @param lines the line of a field path in the file
     */
    ContractValidator(String file, java.util.function.ToIntFunction<String> lines, List<String> sourceIds,
                      Map<String, SourceText> sourceTexts) {
        this.file = file;
        this.lines = lines;
        this.sourceIds = sourceIds;
        this.sourceTexts = sourceTexts;
    }

    List<Problem> validate(Contract contract) {
        require("id", contract.id());
        if (contract.id() != null && !ID.matcher(contract.id()).matches()) {
            report("id", "'" + contract.id() + "' must be lower-case letters, digits and dashes, e.g. plaine-limagne");
        }
        require("title", contract.title());
        if (contract.status() != null && !java.util.Set.of("draft", "reviewed").contains(contract.status())) {
            report("status", "'" + contract.status() + "' must be draft or reviewed");
        }
        if (contract.sources().isEmpty()) {
            report("sources", "at least one source document is required");
        }
        validateTerritory(contract.territory());
        validatePeriod(contract.period());
        validateSigning(contract.signing());
        forEach("axes", contract.axes(), (path, axis) -> require(path + ".title", axis.title()));
        forEach("actions", contract.actions(), (path, action) -> {
            require(path + ".text", action.text());
            if (action.axis() != null && (action.axis() < 1 || action.axis() > contract.axes().size())) {
                report(path + ".axis", action.axis() + " is not the number of one of the " + contract.axes().size()
                        + " axes");
            }
        });
        forEach("figures", contract.figures(), this::validateFigure);
        forEach("milestones", contract.milestones(), (path, milestone) -> {
            require(path + ".date", milestone.date());
            require(path + ".event", milestone.event());
            digitsMustBeQuoted(path + ".date", milestone.date(), milestone.quote());
        });
        for (String list : List.of("signatories", "partners", "governance")) {
            List<Party> parties = switch (list) {
                case "signatories" -> contract.signatories();
                case "partners" -> contract.partners();
                default -> contract.governance();
            };
            forEach(list, parties, (path, party) -> require(path + ".name", party.name()));
        }
        forEach("consultation", contract.consultation(), (path, s) -> require(path + ".text", s.text()));
        forEach("contacts", contract.contacts(), this::validateContact);
        return problems;
    }

    private void validateTerritory(Territory territory) {
        if (territory == null) {
            report("territory", "the territory is required (name, collectivity, aliases…)");
            return;
        }
        require("territory.name", territory.name());
    }

    private void validatePeriod(Period period) {
        if (period == null) {
            return;
        }
        if (period.start() == null || period.end() == null) {
            report("period", "both start and end years are required, e.g. start: 2025 and end: 2029");
        } else if (period.start() < 1990 || period.end() > 2100 || period.start() > period.end()) {
            report("period", period.start() + "-" + period.end() + " is not a plausible period");
        } else if (period.quote() != null) {
            yearsMustBeQuoted(period);
        }
        checkQuote("period", period);
    }

    /** Both years of a period stand in its quote (the end year may be shortened: « 2025-29 »). */
    private void yearsMustBeQuoted(Period period) {
        String quote = period.quote();
        String shortEnd = String.format("%02d", period.end() % 100);
        boolean end = Pattern.compile("(?<!\\d)" + period.end() + "(?!\\d)").matcher(quote).find()
                || Pattern.compile("(?<!\\d)" + period.start() + "\\s*[-–/]\\s*" + shortEnd + "(?!\\d)").matcher(quote)
                .find();
        for (int year : new int[] {period.start(), period.end()}) {
            boolean found = year == period.end() ? end
                    : Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(quote).find();
            if (!found) {
                report("period", "l'année " + year + " n'est pas dans la citation de la période : « " + quote + " »");
                return;
            }
        }
    }

    private void validateSigning(Signing signing) {
        if (signing == null) {
            return;
        }
        require("signing.date", signing.date());
        checkQuote("signing", signing);
        if (signing.known()) {
            digitsMustBeQuoted("signing.date", signing.date(), signing.quote());
        }
    }

    private void validateFigure(String path, Figure figure) {
        require(path + ".value", figure.value());
        require(path + ".about", figure.about());
        if (figure.kind() == null || !Figure.KINDS.contains(figure.kind())) {
            report(path + ".kind", "'" + figure.kind() + "' must be one of " + String.join(", ",
                    Figure.KINDS.stream().sorted().toList()));
        }
        digitsMustBeQuoted(path + ".value", figure.value(), figure.quote());
    }

    private void validateContact(String path, Contact contact) {
        if (contact.organisation() == null && contact.service() == null) {
            report(path, "a contact needs an organisation or a service");
        }
        if (contact.phone() == null && contact.email() == null) {
            report(path, "a contact needs a phone or an email");
        }
        if (contact.phone() != null && !FRENCH_PHONE.matcher(contact.phone().strip()).matches()) {
            report(path + ".phone", "'" + contact.phone() + "' is not a French phone number (e.g. 04 70 02 55 53)");
        }
        if (contact.email() != null && !EMAIL.matcher(contact.email().strip()).matches()) {
            report(path + ".email", "'" + contact.email() + "' is not an email address");
        }
    }

    /** Every number of a printed value must stand in its quote, so a typo in a figure cannot go unnoticed. */
    private void digitsMustBeQuoted(String path, String value, String quote) {
        if (value == null || quote == null) {
            return;
        }
        String quoteDigits = quote.replaceAll("(?<=\\d)[ \u00a0\u202f.](?=\\d{3})", "");
        String valueDigits = value.replaceAll("(?<=\\d)[ \u00a0\u202f.](?=\\d{3})", "");
        var numbers = DIGITS.matcher(valueDigits);
        while (numbers.find()) {
            if (!Pattern.compile("(?<!\\d)" + numbers.group() + "(?!\\d)").matcher(quoteDigits).find()) {
                report(path, "'" + value + "' is not in its quote: \"" + quote + "\"");
                return;
            }
        }
    }

    private <T> void forEach(String list, List<T> items, java.util.function.BiConsumer<String, T> check) {
        for (int i = 0; i < items.size(); i++) {
            String path = list + "[" + (i + 1) + "]";
            T item = items.get(i);
            if (item == null) {
                report(path, "empty item");
                continue;
            }
            check.accept(path, item);
            if (item instanceof Sourced sourced) {
                checkQuote(path, sourced);
            }
        }
    }

    private void checkQuote(String path, Sourced fact) {
        if (fact.quote() == null || fact.quote().isBlank()) {
            report(path + ".quote", "every fact needs the quote of the source passage it comes from");
            return;
        }
        String sourceId = fact.source() != null ? fact.source() : sourceIds.isEmpty() ? null : sourceIds.get(0);
        if (sourceId != null && !sourceIds.contains(sourceId)) {
            report(path + ".source", "'" + sourceId + "' is not the id of one of the contract's sources");
        } else if (sourceId != null && sourceTexts.containsKey(sourceId)
                && !sourceTexts.get(sourceId).contains(fact.quote())) {
            report(path + ".quote", "not found in source '" + sourceId + "': \"" + fact.quote() + "\"");
        }
    }

    private void require(String path, String value) {
        if (value == null || value.isBlank()) {
            report(path, "is required");
        }
    }

    private void report(String path, String message) {
        problems.add(new Problem(file, lines.applyAsInt(path), path, message));
    }
}
