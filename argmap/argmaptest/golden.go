package argmaptest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// update is the one -update flag of the repository's tests: every golden
// check reads it, so that `go test ./... -update` rewrites them all.
var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Updating reports whether the tests run with -update, for a golden check
// that writes its files itself (such as Fyne's markup goldens).
func Updating() bool { return *update }

// Golden compares got with the file at path. With -update it writes got to
// path instead (making its folder), so that a reviewed change is accepted.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept it after review):\n%s", path, Diff(want, got))
	}
}

// Diff shows where got differs from want, line by line: the lines both
// share at the start and the end are cut to three of context, and the
// rest is printed as "-" (want) and "+" (got) lines. It is linear, so a
// large golden file that changes in one place prints one short hunk.
func Diff(want, got []byte) string {
	w, g := lines(want), lines(got)
	pre := 0
	for pre < len(w) && pre < len(g) && bytes.Equal(w[pre], g[pre]) {
		pre++
	}
	suf := 0
	for suf < len(w)-pre && suf < len(g)-pre && bytes.Equal(w[len(w)-1-suf], g[len(g)-1-suf]) {
		suf++
	}
	const context = 3
	var b bytes.Buffer
	from := max(pre-context, 0)
	fmt.Fprintf(&b, "@@ line %d @@\n", from+1)
	line := func(mark string, l []byte) {
		b.WriteString(mark)
		b.Write(bytes.TrimSuffix(l, []byte("\n")))
		if !bytes.HasSuffix(l, []byte("\n")) {
			b.WriteString(" (no newline at end)")
		}
		b.WriteByte('\n')
	}
	for _, l := range w[from:pre] {
		line(" ", l)
	}
	for _, l := range w[pre : len(w)-suf] {
		line("-", l)
	}
	for _, l := range g[pre : len(g)-suf] {
		line("+", l)
	}
	for _, l := range w[len(w)-suf : min(len(w), len(w)-suf+context)] {
		line(" ", l)
	}
	return b.String()
}

// lines splits b after each newline, with no empty last line.
func lines(b []byte) [][]byte {
	l := bytes.SplitAfter(b, []byte("\n"))
	if len(l) > 0 && len(l[len(l)-1]) == 0 {
		l = l[:len(l)-1]
	}
	return l
}
