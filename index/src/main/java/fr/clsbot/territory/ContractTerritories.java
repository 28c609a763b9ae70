package fr.clsbot.territory;

import fr.clsbot.knowledge.Contract;
import fr.clsbot.knowledge.KnowledgeBase;
import fr.clsbot.knowledge.Problem;
import fr.clsbot.knowledge.Territory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which communes each contract of a knowledge base covers: from the codes of its {@code territory:} block
 * ({@code epci:} SIREN, {@code communes:} INSEE codes), else from its names checked against the gazetteer. A contract
 * that cannot be linked is not an error (the bot still answers about it) but a warning for {@code validate}.
 */
public final class ContractTerritories {
    private final Gazetteer gazetteer;
    private final Map<String, TerritoryGroup> groups = new LinkedHashMap<>();
    private final Map<String, List<Contract>> contractsByCommune = new HashMap<>();
    /** What could not be linked, by contract id: the field and the message. */
    private final Map<String, List<String[]>> unlinked = new LinkedHashMap<>();
    private final List<Contract> contracts;
    /** For contracts not linked, the most likely territory, however unsure. */
    private final Map<String, TerritoryGroup> guesses = new HashMap<>();

    public ContractTerritories(KnowledgeBase base, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.contracts = base.contracts();
        TerritoryResolver resolver = new TerritoryResolver(gazetteer);
        for (Contract contract : contracts) {
            link(contract, resolver).ifPresent(group -> {
                groups.put(contract.id(), group);
                for (Commune commune : group.communes()) {
                    contractsByCommune.computeIfAbsent(commune.insee(), k -> new ArrayList<>()).add(contract);
                }
            });
        }
    }

    private Optional<TerritoryGroup> link(Contract contract, TerritoryResolver resolver) {
        Territory territory = contract.territory();
        if (territory == null) {
            warn(contract, "territory", "aucun territoire : le contrat ne peut pas être situé sur la carte");
            return Optional.empty();
        }
        if (territory.epci() != null) {
            Optional<Epci> epci = gazetteer.epci(territory.epci().strip());
            if (epci.isEmpty()) {
                warn(contract, "territory.epci", "« " + territory.epci() + " » n'est le SIREN d'aucun EPCI du "
                        + "référentiel (" + gazetteer.source() + ")");
                return Optional.empty();
            }
            return Optional.of(new TerritoryGroup(epci.get().name(), epci.get(), gazetteer.members(epci.get()), 1));
        }
        if (!territory.communes().isEmpty()) {
            List<Commune> communes = new ArrayList<>();
            for (int i = 0; i < territory.communes().size(); i++) {
                String code = territory.communes().get(i);
                Optional<Commune> commune = gazetteer.commune(code == null ? "" : code.strip());
                if (commune.isPresent()) {
                    communes.add(commune.get());
                } else {
                    warn(contract, "territory.communes[" + (i + 1) + "]", "« " + code + " » n'est le code INSEE d'aucune "
                            + "commune du référentiel (" + gazetteer.source() + ")");
                }
            }
            return communes.isEmpty() ? Optional.empty() : Optional.of(new TerritoryGroup(territory.name(), null,
                    communes, 1));
        }
        Set<String> names = new LinkedHashSet<>();
        String kind = territory.kind() == null ? "" : territory.kind().toLowerCase(java.util.Locale.ROOT);
        if (kind.startsWith("ville") || kind.startsWith("commune ") || kind.equals("commune")) {
            names.add("ville de " + territory.name());
        }
        if (territory.collectivity() != null) {
            names.add(territory.collectivity());
        }
        names.add(territory.name());
        names.addAll(territory.aliases());
        List<String> hints = new ArrayList<>();
        hints.add(territory.departement());
        if (territory.region() != null) {
            hints.add(territory.region());
        }
        for (String name : names) {
            for (String hint : hints) {
                Optional<TerritoryGroup> group = resolver.resolve(name, hint);
                if (group.isPresent()) {
                    return group;
                }
            }
        }
        Optional<TerritoryGroup> guess = names.stream().map(n -> resolver.best(n, territory.departement()))
                .flatMap(Optional::stream).findFirst();
        guess.ifPresent(g -> guesses.put(contract.id(), g));
        warn(contract, "territory", "« " + territory.name() + " » ne désigne sûrement aucun EPCI ni aucune commune du "
                + "référentiel" + guess.map(g -> String.format(java.util.Locale.FRANCE, " (meilleure hypothèse : %s, "
                + "confiance %.2f)", g.label(), g.confidence())).orElse("") + " : ajoutez territory.epci (le SIREN de "
                + "l'EPCI) ou territory.communes (codes INSEE)");
        return Optional.empty();
    }

    private void warn(Contract contract, String field, String message) {
        unlinked.computeIfAbsent(contract.id(), k -> new ArrayList<>()).add(new String[] {field, message});
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The communes {@code contract} covers, when it could be linked. */
    public Optional<TerritoryGroup> of(Contract contract) {
        return Optional.ofNullable(groups.get(contract.id()));
    }

    /** For a contract that could not be linked, the most likely territory (never used to answer). */
    public Optional<TerritoryGroup> guess(Contract contract) {
        return Optional.ofNullable(guesses.get(contract.id()));
    }

    /** The contracts covering {@code commune}. */
    public List<Contract> covering(Commune commune) {
        return contractsByCommune.getOrDefault(commune.insee(), List.of());
    }

    /** The contracts covering at least one commune of département {@code code}. */
    public List<Contract> inDepartement(String code) {
        return contracts.stream().filter(c -> of(c).map(g -> g.communes().stream()
                .anyMatch(m -> m.departementCode().equals(code))).orElse(false)).toList();
    }

    /** The contracts covering at least one commune of région {@code code}. */
    public List<Contract> inRegion(String code) {
        return contracts.stream().filter(c -> of(c).map(g -> g.communes().stream().anyMatch(m -> {
            Departement departement = gazetteer.departementOf(m);
            return departement != null && departement.regionCode().equals(code);
        })).orElse(false)).toList();
    }

    /**
     * The contracts that could not be linked, as warnings with the file and line of {@code root}'s YAML files
     * ("plaine-limagne.yaml:13: territory: …").
     */
    public List<Problem> warnings(Path root) {
        List<Problem> warnings = new ArrayList<>();
        Map<String, Contract> byId = new HashMap<>();
        contracts.forEach(c -> byId.put(c.id(), c));
        unlinked.forEach((id, problems) -> {
            Contract contract = byId.get(id);
            String file = contract.file() == null ? id : contract.file();
            List<String> lines = readLines(root == null || contract.file() == null ? null
                    : root.resolve(contract.file()));
            for (String[] problem : problems) {
                warnings.add(new Problem(file, lineOf(lines, problem[0]), problem[0], problem[1]));
            }
        });
        return warnings;
    }

    private static List<String> readLines(Path file) {
        try {
            return file == null ? List.of() : Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The line of a field such as {@code territory.epci} (0 when not found): its key under its parent key. */
    private static int lineOf(List<String> lines, String field) {
        String[] keys = field.replaceAll("\\[\\d+]", "").split("\\.");
        int line = 0;
        int found = 0;
        for (int k = 0; k < keys.length; k++) {
            String indent = k == 0 ? "" : "\\s+";
            boolean matched = false;
            for (int i = line; i < lines.size(); i++) {
                if (lines.get(i).matches(indent + java.util.regex.Pattern.quote(keys[k]) + "\\s*:.*")) {
                    line = i + 1;
                    found = i + 1;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                break;
            }
        }
        return found;
    }
}
