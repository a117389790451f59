package af

import (
	"github.com/argmap/argmap/internal/shared"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap/eval"
	json "github.com/goccy/go-json"
)

// corpus is the ICCMA corpus, read in place (never copied into the repo).
const corpus = "../../../shared/corpus/af-iccma"

type solution struct {
	Instance  string     `json:"instance"`
	Arguments int        `json:"arguments"`
	Attacks   int        `json:"attacks"`
	Grounded  []string   `json:"grounded"`
	Preferred [][]string `json:"preferred"`
}

func parseFile(path string, data []byte) (*AF, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".apx":
		return ParseAPX(data)
	case ".tgf":
		return ParseTGF(data)
	default:
		return ParseICCMA(data)
	}
}

// TestCorpusGrounded checks that, on every ICCMA instance with a solution,
// Evaluate labels IN exactly the grounded extension and OUT exactly what it
// attacks.
func TestCorpusGrounded(t *testing.T) {
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
			path := filepath.Join(corpus, sol.Instance)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parseFile(path, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Names) != sol.Arguments || len(f.Attacks) != sol.Attacks {
				t.Fatalf("read %d arguments, %d attacks; solution says %d, %d", len(f.Names), len(f.Attacks), sol.Arguments, sol.Attacks)
			}
			m := f.ToMap(sol.Instance)
			l := eval.Evaluate(m)
			// Solutions name ICCMA'23 arguments by number, whatever their
			// "# name" comments call them.
			label := func(i int) string {
				if strings.HasSuffix(path, ".af") {
					return strconv.Itoa(i + 1)
				}
				return f.Names[i]
			}
			var in []string
			inSet := map[string]bool{}
			for i, c := range m.Claims[:len(f.Names)] {
				if l.Claim(c.ID) == eval.In {
					in = append(in, label(i))
					inSet[label(i)] = true
				}
			}
			want := slices.Clone(sol.Grounded)
			slices.Sort(in)
			slices.Sort(want)
			if !slices.Equal(in, want) {
				t.Fatalf("IN = %v, want grounded %v", in, want)
			}
			// OUT is exactly what the grounded extension attacks.
			attacked := map[int32]bool{}
			for _, a := range f.Attacks {
				if inSet[label(int(a[0]))] {
					attacked[a[1]] = true
				}
			}
			for i, c := range m.Claims[:len(f.Names)] {
				if got := l.Claim(c.ID) == eval.Out; got != attacked[int32(i)] {
					t.Errorf("%s: OUT=%v, attacked by grounded=%v", c.Text, got, attacked[int32(i)])
				}
			}
		})
	}
}
