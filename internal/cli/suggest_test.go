package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/argmap/suggest"
	"github.com/argmap/argmap/internal/shared"
)

const suggestText = "Fines for dog dirt should rise. Owners ignore the rules because nobody checks. " +
	"Granted, officers rarely catch anyone, but once owners pay they learn. That’s why the town must act.\n"

// TestSuggestWritesPendingMap: argmap suggest -o writes a native map of
// the text's proposals, every claim and argument a pending suggestion,
// each claim anchored to its passage in the text, attached as the map's
// source by a path relative to the map; argmap anchors -source finds every
// one (the text lies outside the map's folder, so only when named).
func TestSuggestWritesPendingMap(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	text := filepath.Join(dir, "dogs.txt")
	if err := os.WriteFile(text, []byte(suggestText), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "maps", "dogs.argmap.json")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("suggest", "-o", out, text); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m, _, err := testFormats().Load(out)
	if err != nil {
		t.Fatal(err)
	}
	want := suggest.Text(suggestText)
	if len(m.Claims) != len(want.Claims) || len(m.Arguments) != len(want.Relations) || len(m.Arguments) == 0 {
		t.Fatalf("%d claims, %d arguments; want %d, %d", len(m.Claims), len(m.Arguments), len(want.Claims), len(want.Relations))
	}
	if len(m.Sources) != 1 || m.Sources[0].Path != "../dogs.txt" || m.Sources[0].Hash != anchor.Hash(suggestText) {
		t.Fatalf("sources %+v, want ../dogs.txt with the text's hash", m.Sources)
	}
	for i, c := range m.Claims {
		if !c.Pending() || c.Proposal.By != suggest.By {
			t.Errorf("claim %q is not a pending suggestion", c.Text)
		}
		w := want.Claims[i]
		if c.Anchor == nil || c.Anchor.Source != m.Sources[0].ID || c.Anchor.Offset != w.Offset || c.Anchor.Length != w.Length {
			t.Errorf("claim %q anchored at %+v, want %d+%d", c.Text, c.Anchor, w.Offset, w.Length)
		}
	}
	for _, a := range m.Arguments {
		if !a.Pending() {
			t.Errorf("argument %s is not a pending suggestion", a.ID)
		}
	}
	if code, stdout, stderr := runCLI("anchors", "-source", text, out); code != ExitOK || !strings.Contains(stdout, "0 moved, 0 broken") {
		t.Errorf("anchors: exit %d\n%s%s", code, stdout, stderr)
	}
	// To standard output, the same map, the source relative to here.
	code, stdout, stderr := runCLI("suggest", text)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	m2, err := native.Decode([]byte(stdout))
	if err != nil || len(m2.Claims) != len(m.Claims) {
		t.Fatalf("standard output: %v, %d claims", err, len(m2.Claims))
	}
}

// TestSuggestErrors: bad command lines and bad texts fail with a message
// naming the file, and leave an existing output file as it was.
func TestSuggestErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "keep.argmap.json")
	if err := os.WriteFile(out, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	latin1 := filepath.Join(dir, "latin1.txt")
	if err := os.WriteFile(latin1, []byte("caf\xe9 because caf\xe9."), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no text", []string{"suggest"}, ExitUsage, "suggest takes one text file"},
		{"two texts", []string{"suggest", latin1, latin1}, ExitUsage, "usage: argmap suggest [-o OUT] TEXT"},
		{"missing", []string{"suggest", "-o", out, filepath.Join(dir, "nope.txt")}, ExitFail, "nope.txt"},
		{"not UTF-8", []string{"suggest", "-o", out, latin1}, ExitFail, "latin1.txt: not UTF-8 text"},
		{"a folder", []string{"suggest", "-o", out, dir}, ExitFail, "not a regular file"},
		{"help", []string{"suggest", "-h"}, ExitOK, "-o string"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tc.code, tc.stderr)
			}
			if data, _ := os.ReadFile(out); string(data) != "mine" {
				t.Errorf("%s was overwritten: %q", out, data)
			}
		})
	}
}

// TestMicrotextCommands: argmap check and argmap anchors read a microtext
// of the corpus, anchored in the .txt beside it.
func TestMicrotextCommands(t *testing.T) {
	t.Parallel()
	xml := shared.Path(t, "corpus/other/microtexts-arggraph/en/micro_b001.xml")
	if code, stdout, stderr := runCLI("check", xml); code != ExitOK || stdout != "" {
		t.Errorf("check: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, stdout, stderr := runCLI("anchors", xml); code != ExitOK || !strings.Contains(stdout, "5 anchors: 5 ok, 0 moved, 0 broken") {
		t.Errorf("anchors: exit %d\n%s%s", code, stdout, stderr)
	}
}
