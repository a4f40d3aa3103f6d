#!/usr/bin/env python3
"""Consistency checks for the hand-labelled quote corpus.

    python3 tests/corpus/quotes/check_labels.py            # check every NAME.json
    python3 tests/corpus/quotes/check_labels.py --spans uk/002-id-cards.txt
                                                           # list the spans of one story

For each NAME.json beside a NAME.txt the script finds every span opened by a double
quotation mark (a curly opening mark, or a straight mark preceded by the start of the line,
whitespace or "(" and followed by a non-space), works out its start (the first six
whitespace tokens of the quoted text, or the whole span when shorter) and checks that

  * quotes + non_quotes label every span exactly once, each list in file order;
  * every `start` matches the text after an opening mark, with `occurrence` when repeated;
  * `fragment` is set on quotes of one to three tokens and only on them;
  * a `continues` span has the speaker, role and cue of the quote before it;
  * a speaker has the same role on every quote of the file;
  * every entity listed appears in the text, and every alias (ignoring case).

It prints the number of labelled quotes per style and in total. The exit status is 1 when
an error was found; warnings do not change it.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.abspath(__file__))
OPEN_CURLY, CLOSE_CURLY = "\u201c", "\u201d"
HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Lord|Lady|Baroness|Sir|Sen\.|Rep\.|Gov\.|Datuk|Tan Sri|Shri|Smt)\s+((?:[A-Z][\w'-]+\s?)+)")


TITLE_WORDS = {"Chief", "Chancellor", "Justice", "Mayor", "President", "Speaker"}


def is_open(line, i):
    c = line[i]
    if c == OPEN_CURLY:
        return True
    if c != '"':
        return False
    before_ok = i == 0 or line[i - 1].isspace() or line[i - 1] == "("
    after_ok = i + 1 < len(line) and not line[i + 1].isspace()
    return before_ok and after_ok


def is_close(line, i):
    c = line[i]
    if c == CLOSE_CURLY:
        return True
    return c == '"' and not is_open(line, i)


def spans(text):
    """Yield (line_no, column, quoted_text) for every opened span in file order."""
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        i = 0
        while i < len(line):
            if is_open(line, i):
                j = i + 1
                while j < len(line) and not is_open(line, j) and not is_close(line, j):
                    j += 1
                out.append((n, i, line[i + 1:j]))
                i = j + 1 if j < len(line) and is_close(line, j) else j
            else:
                i += 1
    return out


def start_of(quoted):
    return " ".join(quoted.split()[:6])


def check_balance(text, name, warn):
    for n, line in enumerate(text.split("\n"), 1):
        depth = 0
        for i in range(len(line)):
            if is_open(line, i):
                depth = 1
            elif is_close(line, i):
                if depth == 0:
                    warn(f"{name}:{n}: closing mark at column {i} with no span open")
                depth = 0


def check_file(json_path, errors, warnings):
    name = os.path.relpath(json_path, ROOT)
    err = lambda m: errors.append(f"{name}: {m}")
    warn = lambda m: warnings.append(f"{name}: {m}")
    with open(json_path, encoding="utf-8") as f:
        label = json.load(f)
    txt_path = os.path.splitext(json_path)[0] + ".txt"
    if not os.path.exists(txt_path):
        err("no .txt beside the .json")
        return None, []
    if os.path.basename(label.get("source", "")) != os.path.basename(txt_path):
        warn(f"source is {label.get('source')!r}, file is {os.path.basename(txt_path)}")
    with open(txt_path, encoding="utf-8") as f:
        text = f.read()
    check_balance(text, name, warn)
    found = spans(text)
    starts = [start_of(q) for _, _, q in found]
    quotes = label.get("quotes", [])
    non_quotes = label.get("non_quotes", [])
    if len(quotes) + len(non_quotes) != len(found):
        err(f"{len(found)} opening marks in the text, {len(quotes)} quotes + {len(non_quotes)} non-quotes labelled")

    owner = {}
    for kind, entries in (("quote", quotes), ("non-quote", non_quotes)):
        last = -1
        for k, e in enumerate(entries):
            s = e.get("start")
            occ = e.get("occurrence", 1)
            where = [i for i, x in enumerate(starts) if x == s]
            if not where:
                err(f"{kind} {k} start {s!r} matches no opening mark")
                continue
            if len(where) > 1 and "occurrence" not in e:
                err(f"{kind} {k} start {s!r} follows {len(where)} opening marks; give occurrence")
            if occ > len(where):
                err(f"{kind} {k} start {s!r} occurrence {occ} but only {len(where)} found")
                continue
            idx = where[occ - 1]
            if idx in owner:
                err(f"{kind} {k} start {s!r} labels the span already labelled by {owner[idx]}")
            owner[idx] = f"{kind} {k}"
            if idx < last:
                err(f"{kind} {k} start {s!r} is out of file order")
            last = idx
            ntok = len(found[idx][2].split())
            if kind == "quote":
                if e.get("fragment") and ntok > 3:
                    err(f"quote {k} {s!r} has {ntok} tokens but is marked fragment")
                if not e.get("fragment") and ntok <= 3:
                    warn(f"quote {k} {s!r} has {ntok} tokens but no fragment flag")
                for key in ("speaker", "cue"):
                    if key not in e:
                        err(f"quote {k} {s!r} has no {key!r} field")
            elif "why" not in e:
                err(f"non-quote {k} {s!r} has no 'why'")
    for i, (n, col, q) in enumerate(found):
        if i not in owner:
            err(f"line {n} column {col}: span {start_of(q)!r} is not labelled")

    roles = defaultdict(set)
    for k, e in enumerate(quotes):
        roles[e.get("speaker")].add(e.get("role"))
        if e.get("continues"):
            if k == 0:
                err("first quote is marked continues")
                continue
            p = quotes[k - 1]
            for key in ("speaker", "role", "cue"):
                if p.get(key) != e.get(key):
                    err(f"quote {k} {e['start']!r} continues but its {key} {e.get(key)!r} differs from {p.get(key)!r}")
    for sp, rs in roles.items():
        if len(rs) > 1:
            err(f"speaker {sp!r} has several roles: {sorted(map(str, rs))}")

    ents = label.get("entities")
    if ents is None:
        warn("no entities")
    else:
        for kind in ("people", "organisations", "places"):
            seen = Counter(ents.get(kind, []))
            for x, c in seen.items():
                if c > 1:
                    err(f"entity {x!r} listed {c} times under {kind}")
                if x not in text:
                    err(f"{kind[:-1] if kind != 'people' else 'person'} {x!r} does not appear in the text")
        known = set(sum((ents.get(k, []) for k in ("people", "organisations", "places")), []))
        aliases = label.get("aliases", {})
        for canon, forms in aliases.items():
            if canon not in known:
                err(f"alias key {canon!r} is not a listed entity")
            for form in forms:
                if form.lower() not in text.lower():
                    err(f"alias {form!r} of {canon!r} does not appear in the text")
        covered = set(known) | {f for fs in aliases.values() for f in fs}
        surnames = {w for p in ents.get("people", []) for w in p.split()}
        for m in HONORIFIC.finditer(text):
            words = m.group(1).split()
            if words[0] in TITLE_WORDS:
                continue
            if not any(w.strip("'s") in surnames or w in surnames for w in words) and \
                    not any(m.group(0).strip() in c for c in covered):
                warn(f"{m.group(0).strip()!r} looks like a named person not in entities")
    return label.get("style", os.path.basename(os.path.dirname(json_path))), quotes


def list_spans(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for n, col, q in spans(text):
        print(f"{n:3}:{col:<4} [{len(q.split()):2}] {start_of(q)}")


def main(argv):
    if len(argv) > 2 and argv[1] == "--spans":
        for p in argv[2:]:
            list_spans(p if os.path.isabs(p) or os.path.exists(p) else os.path.join(ROOT, p))
        return 0
    errors, warnings = [], []
    per_style, per_file = Counter(), []
    for d, _, files in sorted(os.walk(ROOT)):
        for fn in sorted(files):
            if fn.endswith(".json"):
                style, quotes = check_file(os.path.join(d, fn), errors, warnings)
                if style is not None:
                    per_style[style] += len(quotes)
                    per_file.append((os.path.relpath(os.path.join(d, fn), ROOT), len(quotes)))
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    for f, n in per_file:
        print(f"{n:4}  {f}")
    for s, n in sorted(per_style.items()):
        print(f"{s}: {n} quotes")
    print(f"total: {sum(per_style.values())} quotes in {len(per_file)} stories")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
