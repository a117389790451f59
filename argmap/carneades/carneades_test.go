package carneades

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/eval"
	"github.com/argmap/argmap/internal/shared"
)

const corpus = "../../../shared/corpus/other/carneades/caes-yaml"

// labels evaluates m and returns each statement key's label.
func labels(m *argmap.Map) map[string]eval.Label {
	l := eval.Evaluate(m)
	out := map[string]eval.Label{}
	for _, c := range m.Claims {
		for _, cm := range c.Comments {
			if k, ok := strings.CutPrefix(cm.Text, "Carneades statement "); ok {
				out[k] = l.Claim(c.ID)
			}
		}
	}
	return out
}

// TestCorpusAgreesWithCarneades: every CAES file of the corpus imports into
// a valid map whose grounded evaluation labels the statements as the
// file's own tests (Carneades' results) say.
func TestCorpusAgreesWithCarneades(t *testing.T) {
	t.Parallel()
	shared.Path(t, "corpus/other/carneades/caes-yaml")
	files, _ := filepath.Glob(filepath.Join(corpus, "*.yml"))
	if len(files) == 0 {
		t.Fatalf("no CAES file in %s", corpus)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if err := argmap.Validate(m).Err(); err != nil {
				t.Fatal(err)
			}
			var d struct {
				Tests map[string][]string `yaml:"tests"`
			}
			if err := yaml.Unmarshal(data, &d); err != nil {
				t.Fatal(err)
			}
			got := labels(m)
			for want, keys := range map[eval.Label][]string{eval.In: d.Tests["in"], eval.Out: d.Tests["out"]} {
				for _, k := range keys {
					if got[k] != want {
						t.Errorf("%s is %v, Carneades says %v", k, got[k], want)
					}
				}
			}
		})
	}
}

// TestDecode maps each part of a small CAES file: flow lists over several
// lines, assumptions, an argument with premise roles, a scheme, a weight
// and an undercutter, and an issue.
func TestDecode(t *testing.T) {
	t.Parallel()
	src := `meta:
  title: Tweety
statements:
  bird: Tweety is a bird.
  flies: Tweety flies.
  ¬flies: Tweety does not fly.
  penguin: Tweety is a penguin.
  exc: {text: "Penguins are an exception."}
issues:
  i1:
    positions: [flies,
                ¬flies]
arguments:
  a1:
    scheme: defeasible-modus-ponens
    weight: 0.4
    premises:
      minor: bird
    conclusion: flies
    undercutter: exc
  a2:
    premises: [penguin]
    conclusion: ¬flies
assumptions: [bird, penguin,
  exc]
`
	m, err := Decode([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if m.Meta.Title != "Tweety" || len(m.Claims) != 5 {
		t.Fatalf("title %q, %d claims", m.Meta.Title, len(m.Claims))
	}
	a1 := m.Arguments[0]
	var notes []string
	for _, c := range a1.Comments {
		notes = append(notes, c.Text)
	}
	if a1.Scheme != "defeasible-modus-ponens" || !slices.Equal(notes, []string{"Carneades argument a1 (minor: bird)", "Carneades weight 0.4"}) {
		t.Errorf("a1: scheme %q, comments %q", a1.Scheme, notes)
	}
	l := labels(m)
	if l["flies"] != eval.Out || l["¬flies"] != eval.In || l["bird"] != eval.In {
		t.Errorf("labels %v", l)
	}
	var rebuttals, undercuts int
	for _, a := range m.Arguments {
		if slices.Contains(a.Tags, RebuttalTag) {
			rebuttals++
		}
		if m.Argument(a.Target) != nil {
			undercuts++
		}
	}
	if rebuttals != 2 || undercuts != 2 {
		t.Errorf("%d rebuttals, %d undercuts; want 2 and 2 (a1's undercutter also undercuts its rebuttal copy)", rebuttals, undercuts)
	}
}

func TestDecodeErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ src, want string }{
		{"statements: [a, b\n", "line"},
		{"statements:\n  a: A\narguments:\n  x:\n    premises: [a]\n", `line 5: argument "x" has no conclusion`},
		{"statments:\n  a: A\n", `line 2: "statments" is not a part`},
		{"arguments:\n  x:\n    premises: [a]\n    conclusion: a\n", `concludes its own premise`},
		// Found by the fuzzer: a role with no statement made an empty claim.
		{"arguments:\n x:\n    premises:\n     r: \n    conclusion: b", `line 4: argument "x": premise "r" names no statement`},
		{"arguments:\n x:\n    premises: ['', a]\n    conclusion: b", `argument "x": a premise names no statement`},
		{"arguments:\n x:\n    premises: [a]\n    conclusion: '  '", `argument "x" has no conclusion`},
	} {
		if _, err := Decode([]byte(tc.src)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Decode(%q) = %v, want an error with %q", tc.src, err, tc.want)
		}
	}
}

// FuzzDecode: Decode never panics, and a map it returns is valid.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"statements:\n  a: A\n  b: B\narguments:\n  x:\n    premises: [a]\n    conclusion: b\n    undercutter: c\nissues:\n  i:\n    positions: [a, b]\nassumptions: [a]\n",
		"arguments:\n  x:\n    premises:\n      r: a\n    conclusion: b\n    weight: 0.5\n",
		"meta: {title: t}\nstatements: {a: &x A, b: *x}\n",
		"statements:\n  a: [1, 2]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		if err := argmap.Validate(m).Err(); err != nil {
			t.Fatalf("Decode returned an invalid map: %v", err)
		}
	})
}

// TestDecodeRefusesQuadraticIssue: an issue with many positions, each with
// an argument, would make rebuttals by the square of their number; the
// file is refused with a message instead of building them.
func TestDecodeRefusesQuadraticIssue(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	const n = 2000
	b.WriteString("issues:\n  i:\n    positions: [")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("p" + strconv.Itoa(i))
	}
	b.WriteString("]\narguments:\n")
	for i := range n {
		b.WriteString("  a" + strconv.Itoa(i) + ":\n    premises: [g" + strconv.Itoa(i) + "]\n    conclusion: p" + strconv.Itoa(i) + "\n")
	}
	_, err := Decode([]byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), `issue "i"`) {
		t.Errorf("err = %v, want the issue named", err)
	}
}
