#!/bin/sh
# layoutbench.sh: lay out generated argument maps (and, with -corpus, the
# maps of ../shared/corpus with 20 claims or more) with argmap/layout and
# with Graphviz's dot on the same input, and print a table: width:height,
# crossings of the links as drawn (our routes, dot's splines; counted by the
# same function) and CPU time of both. It fails where dot draws fewer
# crossings than ours on a generated map.
#
#   scripts/layoutbench.sh                 # 1,000 and 5,000 claims
#   scripts/layoutbench.sh -corpus         # and the corpus maps
#   SIZES=200,1000 scripts/layoutbench.sh  # other sizes
#   SEED=2 scripts/layoutbench.sh
#   DOTMAX=20000 scripts/layoutbench.sh    # dot on bigger maps (minutes)
#   CACHE=/tmp/dotcache scripts/layoutbench.sh  # keep dot's output, reuse it
set -eu
cd "$(dirname "$0")/.."
corpus=
[ "${1:-}" = "-corpus" ] && corpus=1
command -v dot >/dev/null || echo "dot not found (apt-get install graphviz): only ours is measured" >&2
LAYOUTBENCH=1 LAYOUTBENCH_SIZES="${SIZES:-1000,5000}" LAYOUTBENCH_DOTMAX="${DOTMAX:-5000}" \
LAYOUTBENCH_SEED="${SEED:-1}" LAYOUTBENCH_CORPUS="$corpus" LAYOUTBENCH_CACHE="${CACHE:-}" \
	go test -count=1 -timeout 60m -run '^TestCompareGraphviz$' -v ./argmap/layout |
	sed -n 's/^ *\(|.*\)/\1/p; s/^ *\(seed .*\)/\1/p; s/^ *\(compare_test.go:.*\)/\1/p; s/^\(FAIL\|ok\).*/\1/p'
