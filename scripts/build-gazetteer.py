#!/usr/bin/env python3
"""Builds the bundled territory gazetteer from Etalab's @etalab/decoupage-administratif npm package.

Runs `npm pack` on the pinned version, reads its JSON (communes, EPCI, départements, régions) and writes
index/src/main/resources/fr/clsbot/territory/territories.bin.gz, keeping only the fields the bot uses.
Updating the data is re-running this script (after changing VERSION) and committing the file it writes.

The file is columnar (gzip'd, big-endian; read by fr.clsbot.territory.Gazetteer): the communes are sorted by
name key, every lookup table the bot needs (by INSEE code, by reversed key for typos, by postal code, members of
each EPCI, older names) is written here already sorted, so that loading is a few bulk reads and no parsing.

  "CLSG" u32 version  str source
  u32 R, R x (str code, str name)                                   régions
  u32 D, D x (str code, str région code, str name)                  départements
  u32 E, E x (str siren, str type, i32 population, str name)        EPCI
  u32 n   communes, sorted by (key, INSEE code):
          n x 5 bytes INSEE code · n x u8 département index · n x i16 EPCI index (-1: none) · n x i32 population
          pool names (UTF-8) · pool keys (ASCII) · postal codes: n x u8 count, u32 total, total x i32
          n x u16 commune indices by INSEE code · n x u16 commune indices by reversed key
          u32 m, m x i32 postal codes (sorted), m x u16 commune indices
          (E+1) x i32 member offsets, u32 count, count x u16 member commune indices (by INSEE code)
  u32 k   older names (communes déléguées, associées), sorted by key: pool keys, k x u16 commune indices
  str is u16 length + UTF-8; a pool is count x u8 lengths, u32 total length, bytes.

The key is the name as the bot looks it up (fr.clsbot.territory.PlaceNames.key, mirrored by key() below and
checked against it by GazetteerTest): worked out here so that the bot does not fold 37 000 names at start.
"""
import gzip
import json
import struct
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "index/src/main/resources/fr/clsbot/territory/territories.bin.gz"


def clean(text):
    """Tabs and line breaks never occur in names, but a stray one must not break the format."""
    return " ".join(str(text).split())


LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"}


def key(name):
    """Lower case, no accents, words split on anything that is not a letter or a digit, st/ste written out."""
    folded = "".join(LIGATURES.get(c) or "".join(d for d in unicodedata.normalize("NFD", c)
                                                  if not unicodedata.combining(d)) for c in name).lower()
    words, word = [], []
    for c in folded + " ":
        if c.isalnum():
            word.append(c)
        elif word:
            words.append("".join(word))
            word = []
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in words)


def main():
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=work, check=True,
                       stdout=subprocess.DEVNULL)
        tarball = next(pathlib.Path(work).glob("*.tgz"))
        with tarfile.open(tarball) as archive:
            def read(name):
                return json.load(archive.extractfile(f"package/data/{name}.json"))
            communes, epcis = read("communes"), read("epci")
            departements, regions = read("departements"), read("regions")

    epci_of = {}
    for epci in epcis:
        for member in epci["membres"]:
            epci_of[member["code"]] = epci["code"]

    regions = sorted(regions, key=lambda r: r["code"])
    departements = sorted(departements, key=lambda d: d["code"])
    epcis = sorted(epcis, key=lambda e: e["code"])
    departement_index = {d["code"]: i for i, d in enumerate(departements)}
    epci_index = {e["code"]: i for i, e in enumerate(epcis)}
    current = [c for c in communes if c["type"] == "commune-actuelle"]
    for c in current:
        c["key"] = key(clean(c["nom"]))
        assert c["key"].isascii() and len(c["code"]) == 5, c
    current.sort(key=lambda c: (c["key"], c["code"]))
    position = {c["code"]: i for i, c in enumerate(current)}
    # (key, commune) pairs, each once: a lookup by an older name returns each commune once.
    older = sorted({(key(clean(c["nom"])), position[c["chefLieu"]]) for c in communes
                    if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu") in position})

    out = bytearray(b"CLSG") + struct.pack(">I", 1)

    def string(text):
        data = clean(text).encode("utf-8")
        out.extend(struct.pack(">H", len(data)) + data)

    def ints(values, fmt="i"):
        out.extend(struct.pack(f">{len(values)}{fmt}", *values))

    def pool(texts):
        encoded = [text.encode("utf-8") for text in texts]
        assert all(len(e) < 256 for e in encoded)
        out.extend(bytes(len(e) for e in encoded))
        data = b"".join(encoded)
        ints([len(data)], "I")
        out.extend(data)

    string(f"{PACKAGE} {VERSION} (Etalab, data under Licence Ouverte 2.0, code MIT)")
    ints([len(regions)], "I")
    for r in regions:
        string(r["code"]), string(r["nom"])
    ints([len(departements)], "I")
    for d in departements:
        string(d["code"]), string(d["region"]), string(d["nom"])
    ints([len(epcis)], "I")
    for e in epcis:
        string(e["code"]), string(e["type"])
        ints([e.get("populationMunicipale", 0)])
        string(e["nom"])

    assert len(current) < 65536, "commune indices are written as u16"
    ints([len(current)], "I")
    out.extend("".join(c["code"] for c in current).encode("ascii"))
    out.extend(bytes(departement_index[c["departement"]] for c in current))
    ints([epci_index[epci_of[c["code"]]] if c["code"] in epci_of else -1 for c in current], "h")
    ints([c.get("population", 0) for c in current])
    pool(clean(c["nom"]) for c in current)
    pool(c["key"] for c in current)
    postal_codes = [int(p) for c in current for p in c.get("codesPostaux", [])]
    out.extend(bytes(len(c.get("codesPostaux", [])) for c in current))
    ints([len(postal_codes)], "I")
    ints(postal_codes)
    ints(sorted(range(len(current)), key=lambda i: current[i]["code"]), "H")
    ints(sorted(range(len(current)), key=lambda i: (current[i]["key"][::-1], i)), "H")
    by_postal = sorted({(int(p), i) for i, c in enumerate(current) for p in c.get("codesPostaux", [])})
    ints([len(by_postal)], "I")
    ints([p for p, _ in by_postal])
    ints([i for _, i in by_postal], "H")
    members = [sorted((position[m["code"]] for m in e["membres"] if m["code"] in position),
                      key=lambda i: current[i]["code"]) for e in epcis]
    member_offsets = [0]
    for m in members:
        member_offsets.append(member_offsets[-1] + len(m))
    ints(member_offsets)
    ints([member_offsets[-1]], "I")
    ints([i for m in members for i in m], "H")

    ints([len(older)], "I")
    pool(k for k, _ in older)
    ints([i for _, i in older], "H")

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 so that re-running on the same version gives the same bytes.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(bytes(out))
    print(f"{OUTPUT.relative_to(ROOT)}: {len(regions)} régions, {len(departements)} départements, "
          f"{len(epcis)} EPCI, {len(current)} communes, {len(older)} older names", file=sys.stderr)


if __name__ == "__main__":
    main()
