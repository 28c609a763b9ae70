#!/usr/bin/env python3
"""Builds the bundled territory gazetteer from Etalab's @etalab/decoupage-administratif npm package.

Runs `npm pack` on the pinned version, reads its JSON (communes, EPCI, départements, régions) and writes
index/src/main/resources/fr/clsbot/territory/territories.tsv.gz, keeping only the fields the bot uses.
Updating the data is re-running this script (after changing VERSION) and committing the file it writes.

Lines of the data file (tab-separated, UTF-8, one record per line, no header beyond the first comment):
  #  source and version
  R  code  name                                   région
  D  code  région code  name                      département
  E  siren  type  municipal population  name      EPCI (members are the communes naming it)
  C  insee  département  EPCI siren  municipal population  postal codes (comma-separated)  name  key
  A  insee  parent insee  name  key               commune déléguée or associée (an older name of a commune)

The key is the name as the bot looks it up (fr.clsbot.territory.PlaceNames.key, mirrored by key() below and
checked against it by GazetteerTest): worked out here so that the bot does not fold 37 000 names at start.
"""
import gzip
import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

PACKAGE = "@etalab/decoupage-administratif"
VERSION = "6.0.0"
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "index/src/main/resources/fr/clsbot/territory/territories.tsv.gz"


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

    lines = [f"# {PACKAGE} {VERSION} (Etalab, data under Licence Ouverte 2.0, code MIT)"]
    lines += [f"R\t{r['code']}\t{clean(r['nom'])}" for r in sorted(regions, key=lambda r: r["code"])]
    lines += [f"D\t{d['code']}\t{d['region']}\t{clean(d['nom'])}"
              for d in sorted(departements, key=lambda d: d["code"])]
    lines += [f"E\t{e['code']}\t{e['type']}\t{e.get('populationMunicipale', 0)}\t{clean(e['nom'])}"
              for e in sorted(epcis, key=lambda e: e["code"])]
    current = [c for c in communes if c["type"] == "commune-actuelle"]
    lines += [f"C\t{c['code']}\t{c['departement']}\t{epci_of.get(c['code'], '')}\t{c.get('population', 0)}\t"
              f"{','.join(c.get('codesPostaux', []))}\t{clean(c['nom'])}\t{key(clean(c['nom']))}"
              for c in sorted(current, key=lambda c: c["code"])]
    codes = {c["code"] for c in current}
    older = [c for c in communes if c["type"] in ("commune-deleguee", "commune-associee")
             and c.get("chefLieu") in codes]
    lines += [f"A\t{c['code']}\t{c['chefLieu']}\t{clean(c['nom'])}\t{key(clean(c['nom']))}"
              for c in sorted(older, key=lambda c: (c["code"], c["nom"]))]

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 so that re-running on the same version gives the same bytes.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{OUTPUT.relative_to(ROOT)}: {len(regions)} régions, {len(departements)} départements, "
          f"{len(epcis)} EPCI, {len(current)} communes, {len(older)} older names", file=sys.stderr)


if __name__ == "__main__":
    main()
