package argdown

import (
	"github.com/argmap/argmap/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
)

// corpusDir is the shared corpus, read in place (never copied into the repo).
const corpusDir = "../../../shared/corpus/argdown"

func corpusFiles(t testing.TB) []string {
	t.Helper()
	shared.Path(t, "corpus/argdown")
	files, _ := filepath.Glob(filepath.Join(corpusDir, "source", "*"))
	if len(files) == 0 {
		t.Fatalf("no Argdown files under %s", corpusDir)
	}
	return files
}

// TestCorpusLoads: every corpus file loads and validates without errors
// (warnings, such as orphan paragraphs of prose, are allowed).
func TestCorpusLoads(t *testing.T) {
	t.Parallel()
	for _, f := range corpusFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(data)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if err := argmap.Validate(m).Err(); err != nil {
				t.Fatalf("validate:\n%v", err)
			}
			if len(m.Claims) == 0 {
				t.Error("no claims")
			}
		})
	}
}

// argdownJSON is the part of `argdown json` output the test compares.
type argdownJSON struct {
	Statements map[string]json.RawMessage `json:"statements"`
	Arguments  map[string]struct {
		PCS []json.RawMessage `json:"pcs"`
	} `json:"arguments"`
	Relations []struct {
		RelationType string `json:"relationType"`
		From         string `json:"from"`
		FromType     string `json:"fromType"`
		To           string `json:"to"`
		ToType       string `json:"toType"`
	} `json:"relations"`
}

// TestCorpusMatchesArgdownJSON: the import keeps every statement, argument
// and relation that Argdown's own JSON export lists. The relations are
// matched one by one by type and titles; untitled statements are numbered
// as Argdown numbers them ("Untitled N", in order of appearance), so they
// match too. Argdown's strict-mode "contrary" is Contrary here too.
func TestCorpusMatchesArgdownJSON(t *testing.T) {
	t.Parallel()
	shared.Path(t, "corpus/argdown")
	files, _ := filepath.Glob(filepath.Join(corpusDir, "json", "*.json"))
	if len(files) == 0 {
		t.Fatalf("no Argdown JSON exports under %s", corpusDir)
	}
	for _, jf := range files {
		name := strings.TrimSuffix(filepath.Base(jf), ".json")
		t.Run(name, func(t *testing.T) {
			var want argdownJSON
			raw, err := os.ReadFile(jf)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(filepath.Join(corpusDir, "source", name+".argdown"))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(d.Statements); got < len(want.Statements) {
				t.Errorf("statements: %d, Argdown lists %d", got, len(want.Statements))
			}
			if got := len(d.Arguments); got < len(want.Arguments) {
				t.Errorf("arguments: %d, Argdown lists %d", got, len(want.Arguments))
			}
			have := map[string]int{}
			wantByType := map[RelationType]int{}
			for _, r := range d.Relations {
				have[relKey(d, string(r.Type), r.From, r.To)]++
			}
			for _, r := range want.Relations {
				typ := r.RelationType
				wantByType[RelationType(typ)]++
				k := typ + " " + nodeName(r.FromType, r.From) + " -> " + nodeName(r.ToType, r.To)
				if have[k] == 0 {
					t.Errorf("missing relation %s", k)
					continue
				}
				have[k]--
			}
			gotByType := map[RelationType]int{}
			for _, r := range d.Relations {
				gotByType[r.Type]++
			}
			for typ, n := range wantByType {
				if gotByType[typ] < n {
					t.Errorf("%s relations: %d, Argdown lists %d", typ, gotByType[typ], n)
				}
			}
			// Every reconstructed argument of the export is reconstructed here.
			for title, a := range want.Arguments {
				if len(a.PCS) > 0 && (d.Argument(title) == nil || len(d.Argument(title).Steps) == 0) {
					t.Errorf("argument <%s> has a PCS in Argdown's export but not here", title)
				}
			}
			m, err := d.Map()
			if err != nil {
				t.Fatal(err)
			}
			// Each relation becomes at least one inference (two for a
			// contradiction), besides one pro inference per PCS step.
			pro, con := 0, 0
			for _, a := range m.Arguments {
				if a.Polarity == argmap.Pro {
					pro++
				} else {
					con++
				}
			}
			if pro < wantByType[Support] {
				t.Errorf("pro arguments: %d, Argdown lists %d supports", pro, wantByType[Support])
			}
			if want := wantByType[Attack] + wantByType[Undercut] + 2*wantByType[Contradictory] + 2*wantByType[Contrary]; con < want {
				t.Errorf("con arguments: %d, want at least %d", con, want)
			}
		})
	}
}

func nodeName(typ, title string) string {
	if typ == "argument" {
		return "<" + title + ">"
	}
	return "[" + title + "]"
}

func relKey(d *Document, typ string, from, to Node) string {
	name := func(n Node) string {
		if n.Argument {
			return nodeName("argument", d.Argument(n.Key).Title)
		}
		return nodeName("statement", d.Statement(n.Key).Title)
	}
	return typ + " " + name(from) + " -> " + name(to)
}
