package layout

import (
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap/argmaptest"
)

// golden compares got with testdata/name, or rewrites it with -update.
func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	argmaptest.Golden(t, filepath.Join("testdata", name), got)
}

func rolesMap(t *testing.T) []string {
	return []string{"R", "C", "D", "A", "B", "U", "E"}
}

func TestPlainGolden(t *testing.T) {
	t.Parallel()
	m := small(t, rolesMap(t), []string{"A,B>R", "C>R", "D!R", "U!@0", "E>C"})
	m.Claims[3].Text = `A says "quoted"`
	d := Draw(m, nil, Options{})
	goldenFile(t, "roles.plain", Plain(m, d.Pos, d.Routes, nil))
	goldenFile(t, "roles.dot", DOT(m, nil, Options{}))
}

func TestQuoteID(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"abc":        "abc",
		"_x1":        "_x1",
		"1.5":        "1.5",
		"-2":         "-2",
		"a b":        `"a b"`,
		"node":       `"node"`,
		`say "hi"`:   `"say \"hi\""`,
		"1a":         `"1a"`,
		"":           `""`,
		"line\nnext": `"line\nnext"`,
	}
	for in, want := range tests {
		if got := quoteID(in); got != want {
			t.Errorf("quoteID(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestCrossings(t *testing.T) {
	t.Parallel()
	m := small(t, []string{"R", "S", "A", "B"}, []string{"A>S", "B>R"})
	links := Links(m)
	id := func(i int) [16]byte { return m.Claims[i].ID }
	pos := positions(m)
	pos[id(0)], pos[id(1)] = pos[id(0)], pos[id(1)]
	set := func(i int, x, y float64) { p := pos[id(i)]; p.X, p.Y = x, y; pos[id(i)] = p }
	set(0, 0, 0)
	set(1, 100, 0)
	set(2, 0, 100)
	set(3, 100, 100)
	if c := Crossings(links, pos); c != 1 {
		t.Errorf("crossed links: %d crossings, want 1", c)
	}
	set(2, 100, 100)
	set(3, 0, 100)
	if c := Crossings(links, pos); c != 0 {
		t.Errorf("parallel links: %d crossings, want 0", c)
	}
}
