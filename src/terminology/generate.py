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
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

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
    """The Spanish INN spelling of an English ingredient name (th->t, ph->f, y->i, coum->cum, and the suffixes)."""
    s = name.replace("th", "t").replace("ph", "f").replace("y", "i").replace("coum", "cum")
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

    def add_name(name, kind, classes, display=None):
        key = normal(name)
        if len(key) < 4 or key.isdigit():
            return
        entry = names.setdefault(key, {"kinds": set(), "classes": set(), "displays": {}})
        entry["kinds"].add(kind)
        entry["classes"].update(classes)
        entry["displays"].setdefault(kind, set()).add(name)
        if display:
            entry.setdefault("products", set()).add(display)

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
                add_name(brand(product), "brand", classes, product)
        if brand(display):
            add_name(brand(display), "brand", classes, display)

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
    medicines = build_medicines(sources, meds, names, add_name)
    return meds, names, conditions, expected, medicines


# ---------------------------------------------------------------- medicine search index

# Repository key in sources.json -> the prefix of the source keys (sources.used) read from it.
SOURCE_REPOSITORY = {"rxnorm-prescribable": "rxnorm", "ema-rxnorm": "ema", "unicom-ig": "atc"}


def search_key(text):
    """A name as the search index keys it: lower case, no accents, every run of other characters one space."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def spanish_display(name):
    """The Spanish INN spelling with the written accents the Spanish INN stems carry (apixabán)."""
    s = spanish(name)
    for stem, accented in D.SPANISH_ACCENTED_STEMS.items():
        if s.endswith(stem):
            return s[: -len(stem)] + accented
    return s


def rxnorm_prescribable(sources):
    """Ingredient records (IN, PIN, MIN) with their SCDCs, SCDs, SBDs and brand names."""
    key = "rxnorm-prescribable"
    records = []
    for letter in D.RXNORM_PRESCRIBABLE_FILES:
        records.extend(json.loads(sources.show(key, f"web/data/{letter}.json")))
    repo = sources.repos[key]
    sources.used["rxnorm:prescribable"] = (
        f"RxNorm ingredients, clinical and branded drugs and brand names: {repo['repository']}@{repo['commit'][:12]}:"
        f"web/data/{{{','.join(D.RXNORM_PRESCRIBABLE_FILES)}}}.json ({len(records)} ingredients; web/data/A.json is "
        "not in the published snapshot)")
    return records


def ema_branded(sources):
    """EMA-authorised products mapped EXACT to RxNorm: branded drugs and packs (rxcui -> (display, term type)),
    and the RxNorm concepts (rxcui -> display) of each EMA product number."""
    key, path = "ema-rxnorm", "ema-to-rxnorm.tsv"
    lines = sources.show(key, path).decode("utf-8").splitlines()
    head = lines[0].split("\t")
    col = {name: head.index(name) for name in ("product_number", "concept_name", "concept_class_id", "vocabulary_id",
                                               "rxcui", "mapping_type")}
    found, by_product = {}, {}
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) < len(head) or cells[col["vocabulary_id"]] != "RxNorm" or cells[col["mapping_type"]] != "EXACT" \
                or not cells[col["rxcui"]].isdigit():
            continue
        by_product.setdefault(cells[col["product_number"]], {})[cells[col["rxcui"]]] = cells[col["concept_name"]]
        tty = D.EMA_CONCEPT_CLASSES.get(cells[col["concept_class_id"]])
        if tty and brand(cells[col["concept_name"]]):
            found[cells[col["rxcui"]]] = (cells[col["concept_name"]], tty)
    repo = sources.repos[key]
    sources.used["ema:rxnorm"] = (f"EMA-authorised products mapped to RxNorm: {repo['repository']}@{repo['commit'][:12]}:{path} "
                                  f"({len(lines) - 1} mappings; {len(found)} RxNorm branded drugs and packs mapped EXACT)")
    return found, by_product


def ema_medicines(sources):
    """EMA's list of medicines (the spreadsheet the mapping was made from): authorised human medicines with their
    EU name, product number, INN and ATC code."""
    key, path = "ema-rxnorm", "source_data/medicines_output_medicines_en.xlsx"
    book = zipfile.ZipFile(io.BytesIO(sources.show(key, path)))
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    shared = ["".join(t.text or "" for t in si.iter(ns + "t"))
              for si in ET.fromstring(book.read("xl/sharedStrings.xml")).iter(ns + "si")]
    table = []
    for row in ET.fromstring(book.read("xl/worksheets/sheet1.xml")).iter(ns + "row"):
        cells = {}
        for cell in row.iter(ns + "c"):
            value = cell.find(ns + "v")
            if value is not None:
                cells[re.match(r"[A-Z]+", cell.get("r")).group()] = shared[int(value.text)] if cell.get("t") == "s" else value.text
        table.append(cells)
    head_at = next(i for i, cells in enumerate(table) if cells.get("B") == "Name of medicine")
    col = {name: letter for letter, name in table[head_at].items()}
    medicines = []
    for cells in table[head_at + 1:]:
        get = lambda name: cells.get(col[name], "").strip()  # noqa: E731
        if get("Category") == "Human" and get("Medicine status") == "Authorised" and get("Name of medicine"):
            # "Clopidogrel Viatris (previously Clopidogrel Mylan)": the name now authorised.
            name = re.sub(r"\s*\(previously [^)]*\)", "", get("Name of medicine"))
            medicines.append({"name": name, "product": get("EMA product number"),
                              "inn": get("International non-proprietary name (INN) / common name"),
                              "atc": get("ATC code (human)")})
    repo = sources.repos[key]
    sources.used["ema:medicines"] = (f"EMA medicines (EU names, INN, ATC codes; generated from www.ema.europa.eu, "
                                     f"{table[0].get('D', '')}): {repo['repository']}@{repo['commit'][:12]}:{path} "
                                     f"({len(medicines)} authorised human medicines)")
    return medicines


def atc_substances(sources, codes):
    """Substance name -> class, for the WHO ATC groups of ATC_CLASSES, from the ATC Human EMA code system."""
    key, path = "unicom-ig", "input/fsh/codesystems/atcEMA.fsh"
    found = {}
    for name, code in re.findall(r'^\* #\d+ "([^"]+)" "([A-Z0-9]+)"', sources.show(key, path).decode("utf-8"), re.M):
        if len(code) != 7 or "combination" in name.lower() or " and " in name:
            continue
        for group, cls in D.ATC_CLASSES:
            if code.startswith(group):
                found.setdefault(name.lower(), set()).add(cls)
    repo = sources.repos[key]
    sources.used["atc:unicom"] = (f"ATC Human EMA code system (WHO ATC codes) {', '.join(g + ' -> ' + c for g, c in D.ATC_CLASSES)}: "
                                  f"{repo['repository']}@{repo['commit'][:12]}:{path} ({len(found)} substances)")
    return found


def build_medicines(sources, meds, names, add_name):
    """medicines.tsv rows (the search index), and the classed BN, IN, SBD and pack codes they add to medications."""
    records = rxnorm_prescribable(sources)
    ema, ema_products = ema_branded(sources)
    eu_medicines = ema_medicines(sources)
    atc_codes = {}
    atc = atc_substances(sources, atc_codes)

    ins, brands, sbds, packs = {}, {}, {}, {}
    for rec in records:
        ingredient = rec["Name"].lower() if rec["TTY"] == "IN" else None
        if ingredient:
            ins[rec["RXCUI"]] = ingredient
        for scdc in rec.get("SCDCs") or []:
            for scd in scdc.get("SCDs") or []:
                for pack in scd.get("BPCKs") or []:
                    packs[pack["RXCUI"]] = pack["Name"]
                for sbd in scd.get("SBDs") or []:
                    sbds[sbd["RXCUI"]] = (sbd["Name"], scd["RXCUI"])
                    for bn in sbd.get("BNs") or []:
                        entry = brands.setdefault(bn["RXCUI"], {"name": bn["Name"], "sbds": set(), "ingredients": set()})
                        entry["sbds"].add(sbd["RXCUI"])
                        if ingredient:
                            entry["ingredients"].add(ingredient)
    in_by_name = {name: code for code, name in ins.items()}
    for code, row in meds.items():
        if row["tty"] == "IN":
            in_by_name.setdefault(row["display"].lower(), code)
    bn_by_name = {}
    for code, entry in brands.items():
        bn_by_name.setdefault(entry["name"].lower(), code)
    for code, row in meds.items():
        if row["tty"] == "BN":
            bn_by_name.setdefault(row["display"].lower(), code)

    def ingredient_classes(name, code=""):
        classes = set(atc.get(name, set()))
        if code in meds and meds[code]["tty"] == "IN":
            classes |= meds[code]["classes"]
        entry = names.get(normal(name))
        if entry and "ingredient" in entry["kinds"]:
            classes |= entry["classes"]
        return classes

    def product_classes(code, display, clinical=None):
        """A product's classes: its value sets', else its clinical drug's, else its ingredients' (systemic ones only
        when it is not given locally)."""
        if code in meds:
            return set(meds[code]["classes"])
        if clinical in meds:
            return set(meds[clinical]["classes"])
        classes = set()
        for name in ingredient_names(display):
            classes |= ingredient_classes(name.lower()) | ingredient_classes(base_ingredient(name))
        if any(route in display for route in D.LOCAL_ROUTES):
            classes -= D.SYSTEMIC_CLASSES
        return classes

    reference_ins = {row["display"].lower() for row in meds.values() if "ref:5.3" in row["sources"]}

    def rxnorm_ingredients(display):
        """The RxNorm ingredient names of a product display (an ingredient, not its salt, where RxNorm's files or
        the reference name it); a name they lack (the A-ingredients) only from a display with a strength."""
        found = set()
        for name in ingredient_names(display):
            lower, base = name.lower(), base_ingredient(name)
            for known in (set(ins.values()) | reference_ins, in_by_name):
                if lower in known or base in known:
                    found.add(lower if lower in known else base)
                    break
            else:
                if any(ch.isdigit() for ch in display):
                    found.add(lower)
        return found

    # Codes added to medications.tsv: classed ingredients, brand names, branded drugs and packs.
    added = {}

    def add_code(code, tty, display, classes, source):
        if classes and code not in meds:
            row = added.setdefault(code, {"classes": set(), "display": display, "sources": set(), "tty": tty})
            row["classes"] |= classes
            row["sources"].add(source)

    rows = {}  # (key, rxcui, lang) -> row

    def add_row(display, kind, lang, code, ingredients, classes):
        display = " ".join(display.split())
        key = search_key(display)
        if not key:
            return
        row = rows.setdefault((key, code, lang), {"display": display, "kind": kind, "ingredients": set(), "classes": set()})
        row["ingredients"] |= ingredients
        row["classes"] |= classes

    def add_ingredient(name, code, classes):
        es = spanish_display(name) if " " not in name and len(name) >= 6 else name
        if es == name:
            add_row(name, "ingredient", "*", code, {name}, classes)
        else:
            add_row(name, "ingredient", "en", code, {name}, classes)
            add_row(es, "ingredient", "es", code, {name}, classes)
        if classes:
            add_name(name, "ingredient", classes)
            if " " not in name and len(name) >= 6 and spanish(name) != name:
                add_name(spanish(name), "ingredient-es", classes)

    # Ingredients: RxNorm's, the classed ingredient codes of the value sets and the reference, the ingredient
    # names of the value sets' displays, the ATC substances.
    for code, name in sorted(ins.items()):
        classes = ingredient_classes(name, code)
        add_ingredient(name, code, classes)
        add_code(code, "IN", name, classes, "rxnorm:prescribable")
    # A value set member's term type is inferred from its display, so a brand name or a salt can pass for an
    # ingredient there. An ingredient of the index is one RxNorm's files here name, one the reference lists,
    # one a PDDI value set is named after, an ATC substance, or the only ingredient of a drug with a strength.
    named = {key.split(":valueset-", 1)[1] for row in meds.values() for key in row["sources"] if key.startswith("pddi:")}
    with_strength = set()
    for row in meds.values():
        found = ingredient_names(row["display"])
        if row["tty"] in ("SCD", "SBD") and len(found) == 1:
            with_strength.add(base_ingredient(found[0]))
    for code, row in sorted(meds.items()):
        name = row["display"].lower()
        if row["tty"] == "IN" and code not in ins and code not in brands and name not in bn_by_name and (
                "ref:5.3" in row["sources"] or name in named or name in atc or name in with_strength):
            add_ingredient(name, code, ingredient_classes(name, code))
    for name in sorted(with_strength - set(in_by_name) - set(bn_by_name)):
        if ingredient_classes(name):
            add_ingredient(name, "", ingredient_classes(name))
    for name, classes in sorted(atc.items()):
        add_ingredient(name, in_by_name.get(name, ""), ingredient_classes(name, in_by_name.get(name, "")))

    # Brands: RxNorm brand names with their branded drugs, EMA-authorised branded drugs, the brands of the
    # value sets' displays.
    for code, entry in sorted(brands.items()):
        classes, ingredients = set(), set(entry["ingredients"])
        for sbd in entry["sbds"]:
            display, scd = sbds[sbd]
            sbd_classes = product_classes(sbd, display, scd)
            classes |= sbd_classes
            ingredients |= rxnorm_ingredients(display)
            add_code(sbd, "SBD", display, sbd_classes, "rxnorm:prescribable")
        add_row(entry["name"], "brand", "*", code, ingredients, classes)
        add_code(code, "BN", entry["name"], classes, "rxnorm:prescribable")
        if classes:
            add_name(entry["name"], "brand", classes)
    for code, display in sorted(packs.items()):
        add_code(code, "BPCK", display, product_classes(code, display), "rxnorm:prescribable")
    for code, (display, tty) in sorted(ema.items()):
        classes = product_classes(code, display)
        name = brand(display)
        add_row(name, "brand", "*", bn_by_name.get(name.lower(), ""), rxnorm_ingredients(display), classes)
        add_code(code, tty, display, classes, "ema:rxnorm")
        if classes:
            add_name(name, "brand", classes)
    # EU names of EMA-authorised medicines: the classes of their WHO ATC code, of the RxNorm products EMA's
    # mapping gives them and of their INN.
    for medicine in eu_medicines:
        classes = {cls for group, cls in D.ATC_CLASSES if medicine["atc"].startswith(group)}
        ingredients = set()
        for code, display in ema_products.get(medicine["product"], {}).items():
            classes |= product_classes(code, display)
            ingredients |= rxnorm_ingredients(display)
        local = medicine["atc"].startswith(D.LOCAL_ATC_GROUPS)
        for inn in re.split(r"\s*(?:/|,|;| and )\s*", medicine["inn"].lower()):
            if inn and len(inn.split()) <= 3:
                inn_classes = ingredient_classes(inn) | ingredient_classes(base_ingredient(inn))
                classes |= inn_classes - D.SYSTEMIC_CLASSES if local else inn_classes
                if not ingredients:
                    ingredients.add(inn)
        add_row(medicine["name"], "brand", "*", bn_by_name.get(medicine["name"].lower(), ""), ingredients, classes)
        if classes:
            add_name(medicine["name"], "brand", classes)
    for key, entry in sorted(names.items()):
        if "brand" in entry["kinds"] and entry["classes"]:
            ingredients = set()
            for display in entry.get("products", ()):
                ingredients |= rxnorm_ingredients(display)
            for name in sorted(entry["displays"]["brand"]):
                add_row(name, "brand", "*", bn_by_name.get(name.lower(), ""), ingredients, entry["classes"])

    # Names patients use (reviewed vocabulary).
    for name, lang, code, _ in D.PATIENT_VOCABULARY:
        row = meds.get(code)
        if row is None or not row["classes"]:
            raise SystemExit(f"patient vocabulary '{name}': RxNorm {code} is not a classed code of medications.tsv")
        add_row(name, "common", lang, code, rxnorm_ingredients(row["display"]) if row["tty"] != "IN"
                else {row["display"].lower()}, set(row["classes"]))
        add_name(name, "common", row["classes"])
    sources.used["patients"] = ("reviewed patient vocabulary in src/terminology/definitions.py (PATIENT_VOCABULARY), "
                                "each name with the RxNorm concept it stands for")

    # A key and rxcui named once per language: a row for both languages (*) takes no other for that pair.
    for (key, code, lang) in list(rows):
        if lang == "*":
            for other in ("en", "es"):
                twin = rows.pop((key, code, other), None)
                if twin:
                    rows[(key, code, "*")]["classes"] |= twin["classes"]
                    rows[(key, code, "*")]["ingredients"] |= twin["ingredients"]
    for code, row in added.items():
        meds[code] = row
    return rows, set(atc)


def medicines_report(rows, atc_names):
    """Header lines: counts per class, keys shared by medicines of different classes, classed ingredients
    with no brand name."""
    lines = []
    per_class = {}
    for (key, code, lang), row in rows.items():
        for cls in row["classes"] or {"(none)"}:
            counts = per_class.setdefault(cls, {})
            counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    for cls, counts in sorted(per_class.items()):
        lines.append(f"{cls}: {sum(counts.values())} names (" + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())) + ")")
    by_key = {}
    for (key, code, lang), row in rows.items():
        by_key.setdefault(key, set()).add(",".join(sorted(row["classes"])))
    shared = sorted(key for key, classes in by_key.items() if len(classes) > 1)
    lines.append(f"{len(shared)} keys name medicines of different classes (every row stays): " + "; ".join(shared[:40])
                 + (" ..." if len(shared) > 40 else ""))
    branded = {i for row in rows.values() if row["kind"] == "brand" for i in row["ingredients"]}
    unbranded = sorted({row["display"] for (key, code, lang), row in rows.items()
                        if row["kind"] == "ingredient" and lang != "es" and row["classes"] and row["display"] not in branded
                        and (code or row["display"] in atc_names)})
    lines.append(f"{len(unbranded)} classed ingredients (RxNorm or ATC) without a brand name in the sources: "
                 + ", ".join(unbranded))
    return lines


def header(title, sources, counts, used_keys):
    lines = [f"# {title}",
             "# Generated by src/terminology/generate.py from pinned public sources (src/terminology/sources.json); do not edit.",
             "# Rerun: python3 src/terminology/generate.py   (verify: --check)"]
    for key in sorted(used_keys):
        lines.append(f"# source {key}: {sources.used[key]}")
    for key, repo in sorted(sources.repos.items()):
        if any(k.startswith(("vsac", "pddi")) for k in used_keys) and (key.startswith("ecqm") or key == "pddi-cds") \
                or any(k.split(":")[0] == SOURCE_REPOSITORY.get(key) for k in used_keys):
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
    meds, names, conditions, expected, medicines = build(sources)
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

    rows = ["\t".join([key, row["display"], row["kind"], lang, code, "|".join(sorted(row["ingredients"])),
                       ",".join(sorted(row["classes"]))])
            for (key, code, lang), row in sorted(medicines[0].items(), key=lambda kv: (kv[0][0], kv[0][1].zfill(12), kv[0][2]))]
    write(os.path.join(OUT, "medicines.tsv"),
          header("Medicine names patients search for: key (lower case, no accents, other characters one space), display, "
                 "kind (ingredient, brand, common), lang (en, es, * both), rxcui (IN, BN, or the concept a common name "
                 "stands for; empty when no source gives one), RxNorm ingredients (|), classes (empty: of no concern)",
                 sources, [f"{len(rows)} names"] + medicines_report(*medicines),
                 {"rxnorm:prescribable", "ema:rxnorm", "ema:medicines", "atc:unicom", "patients"} | med_keys), rows, args.check, differences)

    rows = ["\t".join([name, ",".join(sorted(e["kinds"])), ",".join(sorted(e["classes"]))]) for name, e in sorted(names.items())]
    write(os.path.join(OUT, "names.tsv"),
          ["# Medicine names by class: normalised name (lower case, no accents), kinds, classes",
           "# Generated by src/terminology/generate.py from the displays in medications.tsv: ingredient names of the",
           "# clinical products, brand names of the branded products and packs, and the Spanish INN spelling of each",
           "# single-word ingredient (th->t, ph->f, y->i, coum->cum, -ine/-in->-ina, -one->-ona, -ate->-ato, -ole->-ol, -en->-eno);",
           "# with them the brand names and ATC substances of medicines.tsv that have a class, and its common names.",
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
