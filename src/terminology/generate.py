#!/usr/bin/env python3
"""Generates the service's terminology data from pinned snapshots of public sources.

    python3 src/terminology/generate.py [--sources DIR] [--check]

DIR holds git repositories named owner+name (bare, or clones with a .git folder); a missing one is cloned
from GitHub. Every file is read at the commit pinned in sources.json, so the output depends on nothing
else. --check writes nothing and fails when the committed data differs from what the sources give.
Standard library only.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import definitions as D  # noqa: E402

OUT = os.path.join(ROOT, "src/main/resources/terminology")
EXPECTED = os.path.join(ROOT, "src/test/resources/terminology/expected-classes.tsv")
REFERENCE = os.path.join(ROOT, "..", "shared", "domain", "microneedling-reference.md")
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
SYSTEMS = {"http://hl7.org/fhir/sid/icd-10-cm": "icd10cm", "http://snomed.info/sct": "snomed", RXNORM: "rxnorm"}
FHIR = "{http://hl7.org/fhir}"


class Sources:
    def __init__(self, directory):
        with open(os.path.join(HERE, "sources.json")) as f:
            self.repos = json.load(f)["repositories"]
        self.dir = directory
        self.used = {}  # source id -> description line

    def git_dir(self, key):
        name = self.repos[key]["repository"].replace("/", "+")
        for candidate in (f"{name}/repo", f"{name}.git", f"{name}/.git", name):
            path = os.path.join(self.dir, candidate)
            if os.path.isfile(os.path.join(path, "HEAD")):
                return path
        path = os.path.join(self.dir, name + ".git")
        url = "https://github.com/" + self.repos[key]["repository"] + ".git"
        print(f"cloning {url}", file=sys.stderr)
        subprocess.run(["git", "clone", "--quiet", "--bare", "--filter=blob:none", url, path], check=True)
        return path

    def git(self, key, *args):
        out = subprocess.run(["git", "--git-dir", self.git_dir(key), *args], capture_output=True, check=True)
        return out.stdout

    def show(self, key, path):
        return self.git(key, "show", self.repos[key]["commit"] + ":" + path)

    def files(self, key, under):
        names = self.git(key, "ls-tree", "-r", "--name-only", self.repos[key]["commit"], under).decode()
        return [n for n in names.splitlines() if n]


def vsac(sources, oid, cache={}):
    """The union of a VSAC value set's published expansions over the pinned eCQM repositories."""
    if oid in cache:
        return cache[oid]
    members, found = {}, []
    for key in sources.repos:
        if not key.startswith("ecqm-"):
            continue
        path = f"input/vocabulary/valueset/external/valueset-{oid}.json"
        if path not in set(sources.files(key, "input/vocabulary/valueset/external/")):
            continue
        vs = json.loads(sources.show(key, path))
        contains = vs.get("expansion", {}).get("contains", [])
        for c in contains:
            members.setdefault((c["system"], c["code"]), c.get("display", ""))
        found.append(f"{sources.repos[key]['repository']}@{sources.repos[key]['commit'][:12]}:{path} "
                     f"(version {vs.get('version')}, {len(contains)} codes)")
        title = vs.get("title") or vs.get("name")
    if not found:
        raise SystemExit(f"value set {oid} is in none of the pinned repositories")
    sources.used["vsac:" + oid] = (f"VSAC {oid} \"{title}\" http://cts.nlm.nih.gov/fhir/ValueSet/{oid}: "
                                   + "; ".join(found) + f"; union {len(members)} codes")
    cache[oid] = members
    return members


def pddi(sources, name, cache={}):
    """A PDDI CDS value set (compose.include concepts, all RxNorm), from its own file or a bundle."""
    if not cache:
        for path in sources.files("pddi-cds", "input/"):
            if not path.endswith(".xml") or "valueset" not in path.lower() or path.endswith("-example.xml"):
                continue
            root = ET.fromstring(sources.show("pddi-cds", path))
            sets = [root] if root.tag == FHIR + "ValueSet" else root.iter(FHIR + "ValueSet")
            for vs in sets:
                vid = vs.find(FHIR + "id").get("value")
                concepts = {}
                for include in vs.iter(FHIR + "include"):
                    system = include.find(FHIR + "system")
                    if system is None or system.get("value") != RXNORM:
                        continue
                    for concept in include.iter(FHIR + "concept"):
                        concepts[concept.find(FHIR + "code").get("value")] = concept.find(FHIR + "display").get("value")
                if concepts:
                    title = vs.find(FHIR + "title")
                    version = vs.find(FHIR + "version")
                    entry = cache.setdefault(vid, {"concepts": {}, "paths": [], "title": title.get("value") if title is not None else vid,
                                                   "version": version.get("value") if version is not None else ""})
                    entry["concepts"].update(concepts)
                    entry["paths"].append(path)
    if name not in cache:
        raise SystemExit(f"PDDI value set {name} not found")
    entry = cache[name]
    repo = sources.repos["pddi-cds"]
    sources.used["pddi:" + name] = (f"PDDI CDS {name} \"{entry['title']}\" http://hl7.org/fhir/uv/pddi/ValueSet/{name} "
                                    f"version {entry['version']}: {repo['repository']}@{repo['commit'][:12]}:"
                                    + ",".join(sorted(set(entry["paths"]))) + f" ({len(entry['concepts'])} codes)")
    return {(RXNORM, code): display for code, display in entry["concepts"].items()}


# ---------------------------------------------------------------- RxNorm displays

QUANTITY = re.compile(r"^(\d[\d.,]*\s+(ML|HR|ACTUAT|MG|UNT|CM2|DAY)\s+)+")


def products(display):
    """The product displays in a display: a pack's contents, or the display itself."""
    if display.startswith("{"):
        return re.findall(r"\(([^()]*(?:\[[^\]]*\])?)\)", display) or [display]
    return [display]


def ingredient_names(display):
    """Ingredient names of a clinical or branded product display ("warfarin sodium 5 MG Oral Tablet")."""
    names = []
    for product in products(display):
        product = re.sub(r"\s*\[[^\]]*\]\s*$", "", product)
        product = QUANTITY.sub("", product)
        for part in product.split(" / "):
            words = []
            for word in part.split():
                if word[0].isdigit():
                    break
                words.append(word)
            if words:
                names.append(" ".join(words))
    return names


def base_ingredient(name):
    words = [w.strip(",").lower() for w in name.split()]
    words = [w for w in words if w not in D.NAME_PREFIXES_NOT_INGREDIENTS] or words
    return words[0] if words else ""


def brand(display):
    found = re.findall(r"\[([^\]]+)\]", display)
    return found[-1] if found else None


def term_type(display, ingredients_seen):
    if display.startswith("{"):
        return "BPCK" if display.rstrip().endswith("]") else "GPCK"
    has_digit = any(ch.isdigit() for ch in display)
    if not has_digit and " / " in display and not brand(display):
        return "MIN"
    if brand(display):
        return "SBD" if has_digit else "SBDF"
    if has_digit:
        return "SCD"
    if len(display.split()) > 1 and re.search(r"\b(Oral|Injectable|Topical|Product|Tablet|Capsule|Injection|Solution|Pill)\b", display):
        return "SCDF"
    return "IN" if display.lower() in ingredients_seen else "BN"


def normal(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text))


def spanish(name):
    """The Spanish INN spelling of an English ingredient name (th->t, ph->f, y->i, and the suffixes)."""
    s = name.replace("th", "t").replace("ph", "f").replace("y", "i")
    for en, es in (("ine", "ina"), ("one", "ona"), ("ate", "ato"), ("ole", "ol"), ("ide", "ida"), ("in", "ina"),
                   ("en", "eno"), ("ac", "aco")):
        if s.endswith(en):
            return s[: -len(en)] + es
    return s


# ---------------------------------------------------------------- reference

def reference_text():
    with open(REFERENCE, encoding="utf-8") as f:
        return f.read()


def reference_medications(text):
    """(rxcui, class, ingredient) rows of reference section 5.3."""
    section = text.split("### 5.3", 1)[1].split("\n### ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or cells[0] not in D.REFERENCE_MEDICATION_RULES:
            continue
        code = re.match(r"\d+", cells[2])
        if code:
            rows.append((code.group(0), D.REFERENCE_MEDICATION_RULES[cells[0]], cells[1]))
    return rows


def reference_condition_display(text, code):
    """The reference's own words for a section 5.2 code (the text after it in its cell)."""
    section = text.split("### 5.2", 1)[1].split("\n### ", 1)[0]
    pattern = r"(?<![\w.])" + re.escape(code) + r"(?![0-9])"
    if not re.search(pattern, section):
        raise SystemExit(f"reference code {code} is not in section 5.2 of the clinical reference")
    for line in section.splitlines():
        if re.search(pattern, line):
            return line.split("|")[2].strip()
    return ""


# ---------------------------------------------------------------- ICD-10 ranges

def icd_categories(first, last):
    """Every ICD-10 category (letter + two characters) from first to last, in the classification's order."""
    letter = first[0]
    order = "0123456789A"
    cats = [letter + a + b for a in order for b in order if a != "A"] + [letter + "9A"]
    cats = sorted(set(cats), key=lambda c: (order.index(c[1]), order.index(c[2])))
    return [c for c in cats if first <= c <= last or c == last]


def icd_prefixes(first, last):
    if first == last:
        return [first]
    if len(first) == 3:
        return icd_categories(first, last)
    head, tail_first, tail_last = first.split(".")[0], first.split(".")[1], last.split(".")[1]
    assert head == last.split(".")[0] and len(tail_first) == len(tail_last) == 1
    return [f"{head}.{d}" for d in "0123456789" if tail_first <= d <= tail_last]


# ---------------------------------------------------------------- generation

def build(sources):
    ref = reference_text()
    meds = {}  # rxcui -> {classes, display, sources}
    expected = set()  # (system, code, class) from value sets

    def add_med(code, display, cls, source):
        row = meds.setdefault(code, {"classes": set(), "display": display, "sources": set()})
        row["classes"].add(cls)
        row["sources"].add(source)
        if source.startswith("vsac") and not row.get("from_vsac"):
            row["display"], row["from_vsac"] = display, True
        expected.add(("rxnorm", code, cls))

    anticoagulant_ingredients = set()
    for cls, kind, vs in D.MEDICATION_VALUE_SETS:
        if cls == "ANTICOAGULANT" and kind == "vsac":
            for (_, _), display in vsac(sources, vs).items():
                anticoagulant_ingredients.update(base_ingredient(n) for n in ingredient_names(display))
    anticoagulant_ingredients -= D.ANTIPLATELET_INGREDIENTS
    unsplit = []
    for cls, kind, vs in D.MEDICATION_VALUE_SETS:
        members = vsac(sources, vs) if kind == "vsac" else pddi(sources, vs)
        if kind == "pddi":
            try:
                excluded = pddi(sources, vs + "-exclude")
            except SystemExit:
                excluded = {}
            members = {k: v for k, v in members.items() if k not in excluded}
        for (system, code), display in sorted(members.items()):
            if system != RXNORM:
                continue
            if cls in D.LOCAL_ROUTE_CLASSES and any(route in display for route in D.LOCAL_ROUTES):
                continue
            classes = [cls]
            if cls == "split":
                ingredients = {base_ingredient(n) for n in ingredient_names(display)} | {display.lower()}
                classes = (["ANTIPLATELET"] if ingredients & D.ANTIPLATELET_INGREDIENTS else []) + \
                          (["ANTICOAGULANT"] if ingredients & anticoagulant_ingredients else [])
                if not classes:
                    unsplit.append(f"{code} {display}")
            for c in classes:
                add_med(code, display, c, ("vsac:" if kind == "vsac" else "pddi:") + vs)
    if unsplit:
        raise SystemExit("members of split value sets with no class: " + "; ".join(unsplit))
    for code, cls, ingredient in reference_medications(ref):
        row = meds.setdefault(code, {"classes": set(), "display": ingredient, "sources": set()})
        row["classes"].add(cls)
        row["sources"].add("ref:5.3")
    sources.used["ref:5.3"] = "clinical reference (shared/domain/microneedling-reference.md) section 5.3, RxNorm ingredients"

    # Term types: an ingredient is a single name that is also the ingredient of a product in the data.
    ingredients_seen = set()
    for row in meds.values():
        for name in ingredient_names(row["display"]):
            ingredients_seen.add(name.lower())
            ingredients_seen.add(base_ingredient(name))
    for code, row in meds.items():
        row["tty"] = "IN" if row["sources"] == {"ref:5.3"} else term_type(row["display"], ingredients_seen)

    # Names: ingredients (English and Spanish INN spelling) and brands, each with the classes of its products.
    names = {}

    def add_name(name, kind, classes):
        key = normal(name)
        if len(key) < 4 or key.isdigit():
            return
        entry = names.setdefault(key, {"kinds": set(), "classes": set()})
        entry["kinds"].add(kind)
        entry["classes"].update(classes)

    for row in meds.values():
        display, classes, tty = row["display"], row["classes"], row["tty"]
        if tty == "BN":
            add_name(display, "brand", classes)
            continue
        if tty == "MIN":
            continue
        ingredients = ingredient_names(display)
        # An ingredient's classes are those of the products it is the only ingredient of.
        if len(ingredients) == 1 and not display.startswith("{"):
            base = base_ingredient(ingredients[0])
            add_name(base, "ingredient", classes)
            if " " not in base and len(base) >= 6 and spanish(base) != base:
                add_name(spanish(base), "ingredient-es", classes)
        for product in products(display):
            if brand(product):
                add_name(brand(product), "brand", classes)
        if brand(display):
            add_name(brand(display), "brand", classes)

    # Conditions: value set members, the reference's codes, ICD-10 ranges.
    conditions = {}  # (system, match, code) -> {classes, display, sources, mode}

    def add_condition(system, match, code, cls, display, source, mode="add"):
        key = (system, match, code.upper())
        row = conditions.setdefault(key, {"classes": set(), "display": display, "sources": set(), "mode": mode})
        row["classes"].add(cls)
        row["sources"].add(source)
        if mode == "only":
            row["mode"] = "only"

    # A range written "only" (a thrombophilia is not a bleeding disorder) overrides a value set that lists
    # its codes under a broader class (Coagulation Disorders lists factor V Leiden).
    only = [(p.replace(".", ""), rule[2]) for rule in D.ICD10_RANGES if len(rule) > 3 and rule[3] == "only"
            for p in icd_prefixes(rule[0], rule[1])]
    for cls, oid in D.CONDITION_VALUE_SETS:
        for (system, code), display in sorted(vsac(sources, oid).items()):
            short = SYSTEMS.get(system)
            if short is None:
                continue
            overriding = [c for p, c in only if short == "icd10cm" and code.replace(".", "").upper().startswith(p)]
            if overriding:
                expected.add((short, code, overriding[0]))
                continue
            add_condition(short, "code", code, cls, display, "vsac:" + oid)
            expected.add((short, code, cls))
    skin = re.compile(D.SKIN_CANCER_DISPLAY)
    for (system, code), display in sorted(vsac(sources, D.SKIN_CANCER_FROM).items()):
        if SYSTEMS.get(system) == "snomed" and skin.search(display):
            add_condition("snomed", "code", code, "SKIN_CANCER", display, "vsac:" + D.SKIN_CANCER_FROM)
            expected.add(("snomed", code, "SKIN_CANCER"))
        elif SYSTEMS.get(system) == "icd10cm" and code[:3] in ("C43", "C44", "C4A", "D03", "D04"):
            expected.add(("icd10cm", code, "SKIN_CANCER"))
    sources.used["ref:5.2"] = "clinical reference (shared/domain/microneedling-reference.md) section 5.2, codes by rule"
    for system, code, cls in D.REFERENCE_CONDITIONS:
        match = "prefix" if system == "icd10cm" else "code"
        add_condition(system, match, code, cls, reference_condition_display(ref, code), "ref:5.2")
    sources.used["ranges"] = "ICD-10-CM ranges written as data in src/terminology/definitions.py (ICD10_RANGES)"
    for rule in D.ICD10_RANGES:
        first, last, cls = rule[:3]
        mode = rule[3] if len(rule) > 3 else "add"
        for prefix in icd_prefixes(first, last):
            add_condition("icd10cm", "prefix", prefix, cls, "", "ranges:" + first + ("-" + last if last != first else ""), mode)

    for cls in {c for row in meds.values() for c in row["classes"]} | {c for row in conditions.values() for c in row["classes"]}:
        if cls not in D.CLASSES:
            raise SystemExit(f"class {cls} is not defined in CLASSES")
    return meds, names, conditions, expected


def header(title, sources, counts, used_keys):
    lines = [f"# {title}",
             "# Generated by src/terminology/generate.py from pinned public sources (src/terminology/sources.json); do not edit.",
             "# Rerun: python3 src/terminology/generate.py   (verify: --check)"]
    for key in sorted(used_keys):
        lines.append(f"# source {key}: {sources.used[key]}")
    for key, repo in sorted(sources.repos.items()):
        if any(k.startswith(("vsac", "pddi")) for k in used_keys) and (key.startswith("ecqm") or key == "pddi-cds"):
            lines.append(f"# trust {repo['repository']}: {repo['trust']}")
    for line in counts:
        lines.append("# count " + line)
    return lines


def write(path, head, rows, check, differences):
    body = "\n".join(rows) + "\n"
    digest = hashlib.sha256(body.encode()).hexdigest()
    text = "\n".join(head + [f"# body-sha256 {digest}"]) + "\n" + body
    if check:
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    differences.append(path)
        except FileNotFoundError:
            differences.append(path)
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--sources", default=os.path.join(ROOT, "target", "terminology-sources"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.sources, exist_ok=True)
    sources = Sources(args.sources)
    meds, names, conditions, expected = build(sources)
    differences = []

    rows = []
    for cls in sorted(D.CLASSES):
        spec = D.CLASSES[cls]
        rows.append("\t".join([cls, ",".join(spec["active"]), ",".join(spec.get("inactive", [])), spec["label"]]))
    write(os.path.join(OUT, "classes.tsv"),
          ["# Terminology classes: class, findings when current/active, findings when inactive/resolved (lifelong only), label",
           "# Written as data in src/terminology/definitions.py (CLASSES); do not edit here."], rows, args.check, differences)

    med_keys = {s for row in meds.values() for s in row["sources"]}
    counts = []
    for cls in sorted({c for row in meds.values() for c in row["classes"]}):
        by_tty = {}
        for row in meds.values():
            if cls in row["classes"]:
                by_tty[row["tty"]] = by_tty.get(row["tty"], 0) + 1
        counts.append(f"{cls}: {sum(by_tty.values())} codes (" + ", ".join(f"{t} {n}" for t, n in sorted(by_tty.items())) + ")")
    rows = ["\t".join([code, row["tty"], ",".join(sorted(row["classes"])), row["display"], ",".join(sorted(row["sources"]))])
            for code, row in sorted(meds.items(), key=lambda kv: int(kv[0]))]
    write(os.path.join(OUT, "medications.tsv"),
          header("RxNorm codes by class: rxcui, term type (inferred from the display's form), classes, display, sources",
                 sources, counts, med_keys), rows, args.check, differences)

    rows = ["\t".join([name, ",".join(sorted(e["kinds"])), ",".join(sorted(e["classes"]))]) for name, e in sorted(names.items())]
    write(os.path.join(OUT, "names.tsv"),
          ["# Medicine names by class: normalised name (lower case, no accents), kinds, classes",
           "# Generated by src/terminology/generate.py from the displays in medications.tsv: ingredient names of the",
           "# clinical products, brand names of the branded products and packs, and the Spanish INN spelling of each",
           "# single-word ingredient (th->t, ph->f, y->i, -ine/-in->-ina, -one->-ona, -ate->-ato, -ole->-ol, -en->-eno).",
           f"# count {len(names)} names"], rows, args.check, differences)

    cond_keys = {s.split(":")[0] + ":" + s.split(":", 1)[1] if not s.startswith("ranges") else "ranges"
                 for row in conditions.values() for s in row["sources"]}
    counts = []
    for cls in sorted({c for row in conditions.values() for c in row["classes"]}):
        n = {}
        for (system, match, _), row in conditions.items():
            if cls in row["classes"]:
                n[f"{system} {match}"] = n.get(f"{system} {match}", 0) + 1
        counts.append(f"{cls}: " + ", ".join(f"{k} {v}" for k, v in sorted(n.items())))
    rows = ["\t".join([system, match, code, row["mode"], ",".join(sorted(row["classes"])), row["display"],
                       ",".join(sorted(row["sources"]))])
            for (system, match, code), row in sorted(conditions.items())]
    write(os.path.join(OUT, "conditions.tsv"),
          header("Condition codes by class: system, match (code, or prefix: the code and its subcodes), code, mode "
                 "(add to what shorter prefixes give, or only), classes, display, sources", sources, counts, cond_keys),
          rows, args.check, differences)

    rows = ["\t".join(e) for e in sorted(expected)]
    write(EXPECTED, ["# Every code of every published value set the classes are built from, with the class it must land in.",
                     "# Generated by src/terminology/generate.py; the data-driven test classifies each one."], rows,
          args.check, differences)
    if differences:
        print("terminology data differs from its sources: " + ", ".join(os.path.relpath(p, ROOT) for p in differences),
              file=sys.stderr)
        sys.exit(1)
    print(f"{len(meds)} medication codes, {len(names)} names, {len(conditions)} condition codes and prefixes, "
          f"{len(expected)} expected classifications" + (" (unchanged)" if args.check else ""))


if __name__ == "__main__":
    main()
