#!/bin/sh
# layoutbench.sh: lay out generated argument maps with argmap/layout and with
# Graphviz's dot, and print time and edge crossings (straight lines between
# card centres, counted by the same function) of both as a table.
#
#   scripts/layoutbench.sh                 # 1,000 5,000 20,000; dot up to 5,000
#   scripts/layoutbench.sh -all            # dot on 20,000 too (minutes)
#   SIZES=200,1000 scripts/layoutbench.sh  # other sizes
#   SEED=2 scripts/layoutbench.sh
set -eu
cd "$(dirname "$0")/.."
dotmax=5000
[ "${1:-}" = "-all" ] && dotmax=1000000000
command -v dot >/dev/null || echo "dot not found (apt-get install graphviz): only ours is measured" >&2
LAYOUTBENCH=1 LAYOUTBENCH_SIZES="${SIZES:-1000,5000,20000}" LAYOUTBENCH_DOTMAX="$dotmax" \
LAYOUTBENCH_SEED="${SEED:-1}" \
	go test -count=1 -timeout 60m -run '^TestCompareGraphviz$' -v ./argmap/layout |
	sed -n 's/^ *\(|.*\)/\1/p; s/^ *\(seed .*\)/\1/p'
