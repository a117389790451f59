package dot

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/gen"
)

func TestGolden(t *testing.T) {
	t.Parallel()
	for name, m := range map[string]*argmap.Map{"small": argmaptest.Small(), "unicode": argmaptest.Unicode(), "empty": argmap.New("")} {
		t.Run(name, func(t *testing.T) {
			got, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			argmaptest.Golden(t, filepath.Join("testdata", name+".dot"), got)
		})
	}
}

func TestStructure(t *testing.T) {
	t.Parallel()
	out, err := Encode(argmaptest.Small())
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{
		"rankdir=BT",
		`a1 [shape=point`, // linked premises meet in a junction
		`c2 -> a1 [color="#2e7d32", arrowhead=none]`,
		`a2 [shape=point`,                          // the undercut argument gets one too
		`c7 -> a2 [color="#c62828", style=dashed]`, // undercut: red, dashed
		`c5 -> c1 [color="#c62828"]`,               // an objection: red
		`label="expert-opinion"`,
		`"The study was paid for by \"Cycle\nFirst\", a lobby."`,
		`"Buses would be slowed down\n(see report A\\B)."`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %s", want)
		}
	}
}

func TestUnicodeSurvives(t *testing.T) {
	t.Parallel()
	out, err := Encode(argmaptest.Unicode())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{argmaptest.Turkish, argmaptest.Cyrillic} {
		if !strings.Contains(string(out), `"`+s+`"`) {
			t.Errorf("%q not found unchanged in:\n%s", s, out)
		}
	}
}

// TestAcceptedByGraphviz runs dot on the exports when Graphviz is installed.
func TestAcceptedByGraphviz(t *testing.T) {
	t.Parallel()
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot is not installed")
	}
	maps := map[string]*argmap.Map{"small": argmaptest.Small(), "unicode": argmaptest.Unicode(), "empty": argmap.New(""), "generated": gen.Tree(300, 1)}
	for name, m := range maps {
		t.Run(name, func(t *testing.T) {
			in, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bin, "-Tsvg")
			cmd.Stdin = bytes.NewReader(in)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			svg, err := cmd.Output()
			if err != nil || stderr.Len() > 0 {
				t.Fatalf("dot: %v: %s", err, stderr.String())
			}
			if name == "unicode" {
				for _, s := range []string{argmaptest.Turkish, argmaptest.Cyrillic} {
					if !strings.Contains(string(svg), s) {
						t.Errorf("the SVG lacks %q", s)
					}
				}
			}
		})
	}
}

func TestQuote(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"":              `""`,
		`a "b" \c`:      `"a \"b\" \\c"`,
		"one\ntwo\r\n":  `"one\ntwo\n"`,
		" lead  double": `" lead  double"`,
		"tab\there":     `"tab here"`,
		"aaaa bbbb cccc dddd eeee ffff gggg hhhh": `"aaaa bbbb cccc dddd eeee ffff\ngggg hhhh"`,
	} {
		w := 0
		if len(in) > 30 {
			w = WrapWidth
		}
		if got := quote(in, w); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestEncodeRefusesBrokenMap(t *testing.T) {
	t.Parallel()
	m := argmap.New("x")
	m.Arguments = append(m.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{argmap.NewID()}, Polarity: argmap.Pro})
	m.Reindex()
	if _, err := Encode(m); err == nil || !strings.Contains(err.Error(), "map.arguments[0]") {
		t.Errorf("error %v", err)
	}
}
