package org.clearchain.integrations.entitylist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One entry of a sanctions or forced-labour entity list, whatever file it came from. {@code listName} and
 * {@code entryKey} identify it across editions (OFAC's ent_num, the UN reference number, CBP's entity and country,
 * an OpenSanctions entity id); {@link #contentHash()} tells an entry that changed from one that did not.
 * Countries are ISO 3166-1 alpha-2 codes where the source's name for a country could be read as one.
 */
public record ListedEntry(String listName, String entryKey, Kind kind, String name, List<String> aliases,
                          List<String> countries, List<Identifier> identifiers, boolean forcedLabour, String programme,
                          String remarks) {

    /** What the entry names; people and vessels are screened too, since a sole trader is both a person and a supplier. */
    public enum Kind { ENTITY, PERSON, VESSEL, AIRCRAFT }

    /** A registration, tax or other number the source gives, with its kind as the source words it. */
    public record Identifier(String type, String value) {

        public Identifier {
            Objects.requireNonNull(type);
            Objects.requireNonNull(value);
        }
    }

    public ListedEntry {
        Objects.requireNonNull(listName);
        Objects.requireNonNull(entryKey);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        aliases = aliases.stream().filter(a -> !a.isBlank() && !a.equals(name)).distinct().toList();
        countries = countries.stream().distinct().sorted().toList();
        identifiers = identifiers.stream().distinct().toList();
        programme = programme == null ? "" : programme;
        remarks = remarks == null ? "" : remarks;
    }

    /** The name and every alias, the name first. */
    public List<String> allNames() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    /**
     * SHA-256 of what a reviewer decides on: kind, names, countries, identifiers, the forced-labour flag and the
     * programme. Aliases and identifiers are sorted first, so a source that reorders them changes nothing; remarks
     * are left out, since sources rewrite them for form and the matched facts are already in the other fields.
     */
    public String contentHash() {
        StringBuilder canonical = new StringBuilder();
        canonical.append(listName).append('\u001f').append(entryKey).append('\u001f').append(kind).append('\u001f')
                .append(name).append('\u001f');
        aliases.stream().sorted().forEach(a -> canonical.append(a).append('\u001e'));
        canonical.append('\u001f');
        countries.forEach(c -> canonical.append(c).append('\u001e'));
        canonical.append('\u001f');
        identifiers.stream().map(i -> i.type() + "=" + i.value()).sorted().forEach(i -> canonical.append(i).append('\u001e'));
        canonical.append('\u001f').append(forcedLabour).append('\u001f').append(programme);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
