package semantics

import (
	"context"
	"github.com/argmap/argmap/internal/shared"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap/af"
	"github.com/argmap/argmap/argmap/eval"
	json "github.com/goccy/go-json"
)

const corpus = "../../../shared/corpus/af-iccma"

// budget bounds the search on each instance; an instance whose search
// stops early is skipped with a message rather than failed.
const budget = 2_000_000

type solution struct {
	Instance          string     `json:"instance"`
	Arguments         int        `json:"arguments"`
	Preferred         [][]string `json:"preferred"`
	PreferredCount    int        `json:"preferred_count"`
	CountIsLowerBound bool       `json:"preferred_count_is_lower_bound"`
}

func load(t testing.TB, path string) *af.AF {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f *af.AF
	switch strings.ToLower(filepath.Ext(path)) {
	case ".apx":
		f, err = af.ParseAPX(data)
	case ".tgf":
		f, err = af.ParseTGF(data)
	default:
		f, err = af.ParseICCMA(data)
		if err == nil {
			// The solutions name ICCMA'23 arguments by number, whatever
			// their "# name" comments call them.
			for i := range f.Names {
				f.Names[i] = strconv.Itoa(i + 1)
			}
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCorpusPreferred checks the preferred extensions of every ICCMA
// instance that lists them, both on the framework and through the map.
func TestCorpusPreferred(t *testing.T) {
	t.Parallel()
	shared.Path(t, "corpus/af-iccma")
	sols, _ := filepath.Glob(filepath.Join(corpus, "solutions/computed/*.solution.json"))
	if len(sols) == 0 {
		t.Fatalf("no ICCMA solutions under %s", corpus)
	}
	for _, sp := range sols {
		t.Run(filepath.Base(sp), func(t *testing.T) {
			raw, err := os.ReadFile(sp)
			if err != nil {
				t.Fatal(err)
			}
			var sol solution
			if err := json.Unmarshal(raw, &sol); err != nil {
				t.Fatal(err)
			}
			if sol.Preferred == nil || sol.CountIsLowerBound {
				t.Skip("the solution lists no complete set of preferred extensions")
			}
			f := load(t, filepath.Join(corpus, sol.Instance))
			m := f.ToMap("")
			red := Reduce(m)
			self := 0
			for _, a := range f.Attacks {
				if a[0] == a[1] {
					self++
				}
			}
			// A self-attack adds a stand-in claim and a "no support" node.
			if red.Framework.N != len(f.Names)+2*self {
				t.Fatalf("reduced an AF of %d arguments to %d nodes", len(f.Names), red.Framework.N)
			}
			var want []string
			for _, set := range sol.Preferred {
				s := slices.Clone(set)
				slices.Sort(s)
				want = append(want, strings.Join(s, ","))
			}
			slices.Sort(want)
			// Each search on its own, and Preferred's choice.
			for _, m := range []method{methodAuto, methodLabelling, methodSAT, methodHybrid, methodSCCSAT} {
				ext := red.Framework.preferred(context.Background(), Options{MaxNodes: budget}, m)
				if !ext.Complete {
					t.Skipf("%d arguments: search %d stopped after %d nodes; too large for exact search here", sol.Arguments, m, ext.Nodes)
				}
				var got []string
				for _, set := range ext.Sets {
					got = append(got, key(f, set))
				}
				slices.Sort(got)
				if !slices.Equal(got, want) {
					t.Fatalf("search %d: preferred = %q\nwant %q", m, got, want)
				}
			}
			// Through the map: credulous = in the union, sceptical = in
			// the intersection.
			res := Preferred(context.Background(), m, Options{})
			for _, c := range m.Claims[:len(f.Names)] {
				n := 0
				for _, set := range sol.Preferred {
					if slices.Contains(set, c.Text) {
						n++
					}
				}
				if res.Credulous(c.ID) != (n > 0) || res.Sceptical(c.ID) != (n == len(sol.Preferred)) {
					t.Errorf("%s: credulous %v sceptical %v, in %d of %d", c.Text, res.Credulous(c.ID), res.Sceptical(c.ID), n, len(sol.Preferred))
				}
				if res.Label(c.ID) == eval.Unlabelled {
					t.Errorf("%s: unlabelled", c.Text)
				}
			}
		})
	}
}

func key(f *af.AF, set []int32) string {
	var s []string
	for _, x := range set {
		if int(x) < len(f.Names) { // not a stand-in or auxiliary node
			s = append(s, f.Names[x])
		}
	}
	slices.Sort(s)
	return strings.Join(s, ",")
}
