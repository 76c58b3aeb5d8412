#!/usr/bin/env python3
"""Copies the test material from a checkout of the third-party corpus into testdata/ and replaces personal data.

Run by hand when the tests need another corpus file: python3 testdata/copy-from-corpus.py /path/to/corpus
(the build never runs it; the tests read only testdata/). It keeps the corpus's relative paths, so a file's
provenance row in SOURCES.md and the corpus's MANIFEST.tsv map 1:1, and prints which files had personal data
replaced. Replacements: contact-person fields -> "Recruiter Name", e-mail addresses outside example domains ->
recruiter@example.org, phone numbers -> +00 000 0000, and every contact name found in the structured fields
wherever it recurs in the text of the files of that source.
"""
import csv
import hashlib
import json
import os
import re
import shutil
import sys

# Whole folders the parser corpus test walks, plus the multilingual files the indexer tests read.
WHOLE = ["feeds", "jobposting", "jobfeeds", "adversarial"]
MULTILINGUAL = [
    "multilingual/LICENSES",
    "multilingual/da/numbworks-NW.WIDJobs/tests/NW.WIDJobs.UnitTests/Resources/JobPage01",
    "multilingual/da/numbworks-NW.WIDJobs/tests/NW.WIDJobs.UnitTests/Resources/JobPage02",
    "multilingual/fi/City-of-Helsinki-drupal-helfi-rekry/public/modules/custom/helfi_rekry_job_search/js/src/test/"
    "MockResponse.json",
    "multilingual/fi/PetriKiviniemi-KuntarekryMobile/navigation/dummySearchResults.json",
]
# Real job adverts (with real contact people) live only under these; the feed and payload test suites hold
# spec authors' example addresses, which are not recruiters' personal data and are kept verbatim.
ADVERTS = ("jobposting/numbworks-NW.WIDJobs", "multilingual/", "jobfeeds/eures-hrxml/", "jobposting/schemaorg/")

NAME = "Recruiter Name"
EMAIL = "recruiter@example.org"
PHONE = "+00 000 0000"
NAME_KEYS = {"PersonName", "ContactPerson", "ContactPersonName", "name"}
FIRST_KEYS = {"FirstName"}
LAST_KEYS = {"LastName"}
PHONE_KEYS = {"Number", "Phone", "phone", "telephone", "mobile"}
EMAIL_KEYS = {"Email", "email", "ContactEmail", "applicationemail"}
CONTACT_TEXT_KEYS = {"contacts"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
KEEP_EMAIL = re.compile(r"@(example\.(com|org|net)|test\.fi)$", re.I)
# A run of 8 to 12 digits in groups separated by spaces, or with a leading +, "p." or "0": a phone number;
# dates (hyphens) and ids (one unbroken run of up to 7 digits) are not matched.
PHONE_RE = re.compile(r"(?<![\w/.+-])(?:\+\d{1,3}\s?|00\d{2})?(?:\(\d{1,4}\)\s?)?\d{2,4}(?:[ \u00a0]?-?[ \u00a0]?\d{2,4}){1,4}(?![\w/-])")

DATE_RE = re.compile(r"\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2}")


def digits(s):
    return sum(c.isdigit() for c in s)


def phone_like(m):
    s = m.group(0)
    if re.search(r"(?i)(kr|eur|€|dkk|nok)\.?\s*$", m.string[max(0, m.start() - 5):m.start()]):
        return False  # a salary amount, not a phone number
    if not (8 <= digits(s) <= 14) or DATE_RE.search(s):
        return False
    return s.startswith("+") or s.startswith("00") or s.startswith("0") or " " in s or "\u00a0" in s


def collect_names(node, names, parent=""):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and v.strip() and v != "None":
                contact_parent = parent in ("JppContacts", "contactList", "Company", "JobPostingsExtended")
                if k in NAME_KEYS and (k != "name" or contact_parent):
                    names.add(v.strip())
                elif k in ("FirstName", "LastName") and contact_parent and " " in v.strip():
                    names.add(v.strip())
            collect_names(v, names, k)
    elif isinstance(node, list):
        for v in node:
            collect_names(v, names, parent)


def scrub_json(node, parent=""):
    if isinstance(node, dict):
        out = {}
        contact_parent = parent in ("JppContacts", "contactList", "Company", "JobPostingsExtended")
        for k, v in node.items():
            if isinstance(v, str) and v.strip() and v != "None":
                if k in NAME_KEYS and (k != "name" or contact_parent):
                    v = NAME
                elif k in FIRST_KEYS and contact_parent:
                    v = "Recruiter"
                elif k in LAST_KEYS and contact_parent:
                    v = "Name"
                elif k in PHONE_KEYS and digits(v) >= 6:
                    v = PHONE
                elif k in EMAIL_KEYS and "@" in v:
                    v = EMAIL
                elif k in CONTACT_TEXT_KEYS:
                    v = NAME + ", p. " + PHONE + ", " + EMAIL
            out[k] = scrub_json(v, k)
        return out
    if isinstance(node, list):
        return [scrub_json(v, parent) for v in node]
    return node


def scrub_text(text, names):
    for n in sorted(names, key=len, reverse=True):
        if len(n) > 3:
            text = text.replace(n, NAME)
    text = EMAIL_RE.sub(lambda m: m.group(0) if KEEP_EMAIL.search(m.group(0)) else EMAIL, text)
    return PHONE_RE.sub(lambda m: PHONE if phone_like(m) else m.group(0), text)


def main():
    src = sys.argv[1]
    dst = os.path.dirname(os.path.abspath(__file__))
    files = []
    for top in WHOLE + MULTILINGUAL:
        p = os.path.join(src, top)
        if os.path.isfile(p):
            files.append(top)
        else:
            for root, _, fs in os.walk(p):
                files += [os.path.relpath(os.path.join(root, f), src) for f in fs]
    files.sort()
    names = set()
    for rel in files:
        if rel.startswith(ADVERTS) and "/LICENSES/" not in rel:
            try:
                with open(os.path.join(src, rel), encoding="utf-8-sig") as f:
                    collect_names(json.load(f), names)
            except (ValueError, UnicodeDecodeError):
                pass
    changed = []
    for rel in files:
        out = os.path.join(dst, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        shutil.copyfile(os.path.join(src, rel), out)
        if not rel.startswith(ADVERTS) or "/LICENSES/" in rel:
            continue
        with open(out, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        new = text
        try:
            doc = json.loads(text.lstrip("\ufeff"))
            scrubbed = scrub_json(doc)
            if scrubbed != doc:
                # Re-serialise only the changed values, keeping the file's own layout: replace field by field.
                new = rewrite_fields(text, doc, scrubbed)
        except ValueError:
            pass
        new = scrub_text(new, names)
        if new != text:
            with open(out, "w", encoding="utf-8", newline="") as f:
                f.write(new)
            changed.append(rel)
    write_manifest(src, dst, set(files), set(changed))
    for rel in changed:
        print("replaced\t" + rel)
    print(f"{len(files)} files copied, {len(changed)} with personal data replaced", file=sys.stderr)


def write_manifest(src, dst, files, changed):
    """MANIFEST.tsv: the corpus's row for every copied file, with the copy's size and hash and whether it changed."""
    with open(os.path.join(src, "MANIFEST.tsv"), newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    out = [rows[0][:3] + ["corpus_sha256", "personal_data"] + rows[0][3:]]
    for r in rows[1:]:
        if r[0] not in files:
            continue
        with open(os.path.join(dst, r[0]), "rb") as f:
            body = f.read()
        out.append([r[0], str(len(body)), hashlib.sha256(body).hexdigest(), r[2],
                    "replaced" if r[0] in changed else "verbatim"] + r[3:])
    with open(os.path.join(dst, "MANIFEST.tsv"), "w", newline="") as f:
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(out)


def rewrite_fields(text, old, new, acc=None):
    """Replaces each changed string value in place (its JSON-escaped form), so the rest of the file stays byte-equal."""
    if isinstance(old, dict):
        for k in old:
            text = rewrite_fields(text, old[k], new[k])
    elif isinstance(old, list):
        for a, b in zip(old, new):
            text = rewrite_fields(text, a, b)
    elif isinstance(old, str) and old != new:
        for enc in (json.dumps(old, ensure_ascii=False), json.dumps(old)):
            if enc in text:
                text = text.replace(enc, json.dumps(new, ensure_ascii=False))
                break
    return text


if __name__ == "__main__":
    main()
