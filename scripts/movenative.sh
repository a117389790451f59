#!/usr/bin/env bash
# movenative.sh rewrites the call sites of the native file format and of
# the atomic file writer after their move out of the root argmap package
# (issue 15, item 4): argmap.Decode -> native.Decode, argmap.WriteFileAtomic
# -> atomicfile.WriteFile, and so on (the list is RENAMES below). It adds
# the import of argmap/native or internal/atomicfile where a file now needs
# it, drops the argmap import where nothing uses it any more, and runs
# gofmt on what it changed. It is idempotent: run it again after merging a
# branch that still uses the old names.
#
# Usage: scripts/movenative.sh [DIR...]   (default: the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

# old|new, applied in this order with word boundaries (the longer name of
# a pair that share a prefix first: WriteFileAtomicLink before
# WriteFileAtomic).
RENAMES='
argmap.Decode|native.Decode
argmap.Encode|native.Encode
argmap.ReadFile|native.ReadFile
argmap.WriteFile|native.WriteFile
argmap.FormatVersion|native.FormatVersion
argmap.FormatName|native.FormatName
argmap.VersionError|native.VersionError
argmap.MaxFileSize|native.MaxFileSize
argmap.UnmarshalWireFloor|native.UnmarshalWireFloor
argmap.MarshalWireFloor|native.MarshalWireFloor
argmap.DecodeFast|native.DecodeFast
argmap.DecodeCareful|native.DecodeCareful
argmap.EncodeGoccy|native.EncodeGoccy
argmap.UnsetWireFields|native.UnsetWireFields
argmap.WriteFileAtomicLink|atomicfile.WriteFileLink
argmap.WriteFileAtomic|atomicfile.WriteFile
argmap.SaveTarget|atomicfile.SaveTarget
argmap.LinkPolicy|atomicfile.LinkPolicy
argmap.LinkSafe|atomicfile.LinkSafe
argmap.LinkFollow|atomicfile.LinkFollow
argmap.LinkReplace|atomicfile.LinkReplace
argmap.LinkError|atomicfile.LinkError
argmap.ReadRegularFile|atomicfile.ReadRegular
'

sedexpr=()
while IFS='|' read -r old new; do
	[[ -z $old ]] && continue
	sedexpr+=(-e "s/\\b${old//./\\.}\\b/${new}/g")
done <<<"$RENAMES"

dirs=("$@")
((${#dirs[@]})) || dirs=(.)
pattern=$(sed -n 's/^\(argmap\.[A-Za-z]*\)|.*/\1/p' <<<"$RENAMES" | sed 's/\./\\./g' | paste -sd'|')
mapfile -t files < <(grep -rlE --include='*.go' --exclude-dir=.git --exclude-dir=node_modules "\\b($pattern)\\b" "${dirs[@]}" || true)
((${#files[@]})) || { echo "movenative: nothing to rename"; exit 0; }

sed -i "${sedexpr[@]}" "${files[@]}"

# Imports: add what the renamed names need, next to the argmap import
# (so that gofmt sorts it into the same group), and drop the argmap
# import where no code uses it any more.
python3 - "${files[@]}" <<'PY'
import re, sys

MOD = "github.com/argmap/argmap/"
NEED = {"native": MOD + "argmap/native", "atomicfile": MOD + "internal/atomicfile"}
ARGMAP = '"' + MOD + 'argmap"'

def code(src):
    # the source without comments and string literals, enough to tell
    # whether a package name is used
    src = re.sub(r'`[^`]*`', '""', src)
    src = re.sub(r'"(\\.|[^"\\\n])*"', '""', src)
    src = re.sub(r'/\*.*?\*/', '', src, flags=re.S)
    return re.sub(r'//[^\n]*', '', src)

for path in sys.argv[1:]:
    src = open(path).read()
    pkg = re.search(r'^package (\w+)', src, re.M).group(1)
    body = code(src)
    changed = False
    # a single-line import of argmap becomes a block, to add beside it
    single = re.search(r'^import ' + re.escape(ARGMAP) + r'\n', src, re.M)
    if single:
        src = src[:single.start()] + 'import (\n\t' + ARGMAP + '\n)\n' + src[single.end():]
    for name, imp in NEED.items():
        if pkg == name or not re.search(r'\b' + name + r'\.', body):
            continue
        if re.search(r'^[ \t]*(\w+[ \t]+)?"' + re.escape(imp) + '"', src, re.M):
            continue
        m = re.search(r'^([ \t]*)' + re.escape(ARGMAP) + r'\n', src, re.M)
        if m:
            src = src[:m.start()] + m.group(1) + '"' + imp + '"\n' + src[m.start():]
        else:
            m = re.search(r'^import \(\n', src, re.M)
            if not m:
                sys.exit(f"{path}: no import block to add {imp} to")
            src = src[:m.end()] + '\t"' + imp + '"\n' + src[m.end():]
        changed = True
    if not re.search(r'\bargmap\.', code(src)):
        src2 = re.sub(r"^[ \t]*" + re.escape(ARGMAP) + r'\n', '', src, count=1, flags=re.M)
        src2 = re.sub(r'^import \(\n\)\n', '', src2, flags=re.M)
        if src2 != src:
            src, changed = src2, True
    open(path, 'w').write(src)
PY

gofmt -w "${files[@]}"
echo "movenative: ${#files[@]} files rewritten"
