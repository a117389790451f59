#!/bin/sh
# clingo-compare.sh: compute the preferred semantics of the ICCMA corpus
# frameworks (up to 1,000 arguments) with clingo and with
# `argmap eval -semantics preferred`, and print both times and whether the
# answers agree (each argument's label: IN sceptically accepted, UNDEC
# credulously only, OUT in no preferred extension). Times are CPU seconds
# (user + system) of each process, the median of three runs; argmap is the
# command-line build (cmd/argmap-cli).
#
#   scripts/clingo-compare.sh              # corpus at ../shared/corpus/af-iccma
#   CORPUS=DIR MAXARGS=300 scripts/clingo-compare.sh
#
# clingo comes with Debian's gringo package, installed when missing. The
# encoding is the ASPARTIX one for admissible sets (Egly, Gaggl and
# Woltran, "Answer-set programming encodings for argumentation
# frameworks", 2010), made subset-maximal, i.e. preferred, by clingo's
# domain heuristic with --enum-mode=domRec instead of the saturation part.
set -eu
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/corpus/af-iccma}
maxargs=${MAXARGS:-1000}
if ! command -v clingo >/dev/null; then
	echo "clingo not found: installing Debian's gringo" >&2
	apt-get install -y gringo >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y gringo >/dev/null; }
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The command-line build (no Fyne, no cgo): it starts as fast as clingo.
# Without cgo, as the README builds it: a cgo build pays the dynamic loader
# (~5 ms) at every start, which is not the search.
CGO_ENABLED=0 go build -o "$tmp/argmap" ./cmd/argmap-cli
cat >"$tmp/pref.lp" <<'LP'
% ASPARTIX admissible sets: guess a set, conflict-free, every member defended.
in(X) :- arg(X), not out(X).
out(X) :- arg(X), not in(X).
:- in(X), in(Y), att(X,Y).
defeated(X) :- in(Y), att(Y,X).
not_defended(X) :- att(Y,X), not defeated(Y).
:- in(X), not_defended(X).
% Subset-maximal admissible sets are the preferred extensions.
#heuristic in(X) : arg(X). [1,true]
#show in/1.
LP
CORPUS=$corpus MAXARGS=$maxargs TMP=$tmp python3 - <<'PY'
import glob, json, os, re, resource, statistics, subprocess

RUNS = 3

def cpu_run(cmd):
    """Runs cmd RUNS times; its output and the median CPU seconds (user +
    system) it took: on a shared machine CPU time is steady where wall time
    is not."""
    times, r = [], None
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        r = subprocess.run(cmd, capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return r, statistics.median(times)

corpus, tmp, maxargs = os.environ["CORPUS"], os.environ["TMP"], int(os.environ["MAXARGS"])

def facts(path):
    """The framework as ASP facts, arguments named as argmap names them."""
    text = open(path).read()
    ext = os.path.splitext(path)[1].lower()
    args, atts = [], []
    if ext == ".apx":
        args = re.findall(r"arg\(\s*([^)\s]+)\s*\)", text)
        atts = re.findall(r"att\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)", text)
    elif ext == ".tgf":
        head, _, tail = text.partition("\n#")
        args = [l.split()[0] for l in head.splitlines() if l.strip()]
        atts = [tuple(l.split()[:2]) for l in tail.splitlines()[1:] if len(l.split()) >= 2]
    else:  # ICCMA 2023 .af / .i23: "p af N", then "a b" lines, "#" comments
        comments, attacked = [], False
        for l in text.splitlines():
            w = l.split()
            if not w:
                continue
            if w[0].startswith("#"):
                if args and not attacked and len(comments) <= len(args):
                    comments.append(l.strip()[1:].strip())
                continue
            if w[0] == "p":
                args = [str(i) for i in range(1, int(w[2]) + 1)]
            elif len(w) >= 2:
                attacked = True
                atts.append((w[0], w[1]))
        # As argmap reads it (af.ParseICCMA): one "# name" comment per
        # argument, one word each, all distinct, names the arguments.
        if args and len(comments) == len(args) and all(c and " " not in c and "\t" not in c for c in comments) \
                and len(set(comments)) == len(comments):
            name = dict(zip(args, comments))
            args, atts = comments, [(name[a], name[b]) for a, b in atts]
    q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lp = "".join(f"arg({q(a)}).\n" for a in args) + "".join(f"att({q(a)},{q(b)}).\n" for a, b in atts)
    return args, lp

def clingo(lp):
    fp = os.path.join(tmp, "facts.lp")
    open(fp, "w").write(lp)
    r, dt = cpu_run(["clingo", os.path.join(tmp, "pref.lp"), fp, "0", "--heuristic=Domain",
                     "--enum-mode=domRec", "--outf=2", "--time-limit=120"])
    out = json.loads(r.stdout)
    exts = [set(re.findall(r'in\("((?:[^"\\]|\\.)*)"\)', " ".join(w["Value"]))) for c in out["Call"] for w in c.get("Witnesses", [])]
    return exts, out["Result"] != "UNKNOWN" and "INTERRUPTED" not in str(out.get("Result", "")), dt

def argmap(path, args):
    r, dt = cpu_run([os.path.join(tmp, "argmap"), "eval", "-semantics", "preferred", "-timeout", "120s", "-json", path])
    out = json.loads(r.stdout)
    names = set(args)
    return {c["text"]: c["label"] for c in out["claims"] if c["text"] in names}, out["complete"], dt

rows = []
for path in sorted(glob.glob(os.path.join(corpus, "instances", "**", "*"), recursive=True)):
    if os.path.splitext(path)[1].lower() not in (".apx", ".tgf", ".af", ".i23"):
        continue
    args, lp = facts(path)
    if len(args) > maxargs:
        continue
    exts, cdone, ct = clingo(lp)
    want = {a: ("IN" if exts and all(a in e for e in exts) else "UNDEC" if any(a in e for e in exts) else "OUT") for a in args}
    got, adone, at = argmap(path, args)
    agree = "yes" if got == want else "NO"
    if not (cdone and adone):
        agree += " (a search stopped early)"
    rows.append((os.path.relpath(path, os.path.join(corpus, "instances")), len(args), len(exts), ct, at, agree))

print(f"CPU seconds (user + system), median of {RUNS} runs, start of the process included")
print("| framework | arguments | preferred | clingo s | argmap s | agree |")
print("|---|---:|---:|---:|---:|---|")
for name, n, k, ct, at, agree in rows:
    print(f"| {name} | {n} | {k} | {ct:.3f} | {at:.3f} | {agree} |")
PY
