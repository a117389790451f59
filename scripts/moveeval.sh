#!/bin/sh
# moveeval.sh: rewrite the call sites of grounded evaluation after its move
# from package argmap into argmap/eval (issue 15): argmap.Evaluate becomes
# eval.Evaluate, and so on for every name below; the eval import is added
# where it is now needed and the argmap import dropped where nothing uses
# it any more; the files changed are gofmt'ed.
#
#   scripts/moveeval.sh        # the whole module
#   scripts/moveeval.sh DIR... # only these folders
#
# It is idempotent: run it again after merging a branch that still uses
# the old names. Code inside package argmap itself cannot call eval (eval
# imports argmap); the script names such files instead of rewriting them.
set -eu
cd "$(dirname "$0")/.."
names='Evaluate|Labelling|Label|Unlabelled|In|Out|Undec|Counts'
old="\\bargmap\\.($names)\\b"
path='"github.com/argmap/argmap/argmap"'
evalpath='"github.com/argmap/argmap/argmap/eval"'
dirs=${*:-.}

# uses reports whether file $1 still uses the package named $2 outside
# comments and import lines.
uses() {
	sed -e 's://.*$::' -e "/^[[:space:]]*\(import[[:space:]]*\)\?\(\w* \)\?\"[^\"]*\"[[:space:]]*$/d" "$1" |
		grep -qE "\\b$2\\."
}

changed=0
for f in $(grep -rlE --include='*.go' "$old" $dirs | sort); do
	pkg=$(sed -n 's/^package \([A-Za-z0-9_]*\).*/\1/p' "$f" | head -n 1)
	if [ "$pkg" = argmap ]; then
		echo "moveeval: $f (package argmap) uses evaluation: move that code out of the root package" >&2
		continue
	fi
	if [ "$pkg" = eval ]; then
		# Inside package eval the names are its own.
		sed -E -i "s/$old/\\1/g" "$f"
	else
		sed -E -i "s/$old/eval.\\1/g" "$f"
		if grep -qwE 'func eval|var eval|eval :?=' "$f"; then
			echo "moveeval: $f declares its own 'eval': rename it, or import argmap/eval under another name" >&2
		fi
		if uses "$f" eval && ! grep -qF "$evalpath" "$f"; then
			if grep -qE "^import $path\$" "$f"; then
				sed -i "s|^import $path\$|import (\n\t$path\n\t$evalpath\n)|" "$f"
			else
				sed -i "0,\\|^[[:space:]]*$path\$|s||\t$path\n\t$evalpath|" "$f"
			fi
		fi
		if ! uses "$f" argmap; then
			sed -i "\|^[[:space:]]*$path\$|d" "$f"
		fi
	fi
	gofmt -w "$f"
	changed=$((changed + 1))
done
echo "moveeval: $changed files rewritten" >&2
