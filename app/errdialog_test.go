package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorTextKeepsFileNames: the error dialog keeps a file name the
// message starts with as written (Fyne's dialog.NewError capitalised it,
// naming another file), and starts a sentence of words with a capital.
func TestErrorTextKeepsFileNames(t *testing.T) {
	for _, tc := range []struct{ msg, want string }{
		{"home/trunc.argmap.json: map.claims[31].anchor (line 726, column 5): the file ends too early (truncated?)",
			"home/trunc.argmap.json: map.claims[31].anchor (line 726, column 5): the file ends too early (truncated?)"},
		{"round.argmap.json: not a map", "round.argmap.json: not a map"},
		{`notes\round.argmap.json: not a map`, `notes\round.argmap.json: not a map`},
		{"save /tmp/x.argmap.json: permission denied", "Save /tmp/x.argmap.json: permission denied"},
		{"open: no such file", "Open: no such file"},
		{"Already capital", "Already capital"},
		{"", ""},
	} {
		if got := errorText(errors.New(tc.msg)); got != tc.want {
			t.Errorf("errorText(%q) = %q, want %q", tc.msg, got, tc.want)
		}
	}
}

// TestBrokenFileDialogNamesFile: opening a broken file whose name starts
// with a lowercase letter shows that name, not a capitalised one, with the
// place of the fault.
func TestBrokenFileDialogNamesFile(t *testing.T) {
	e := newTestEditor(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "trunc.argmap.json")
	if err := os.WriteFile(path, []byte(`{"format": "argmap", "version": 1, "map": {"claims": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir) // a relative name, as on the command line: the message starts with it
	if err := e.OpenFile("trunc.argmap.json"); err == nil {
		t.Fatal("a broken file opened without error")
	}
	msg := shownError(e)
	if !strings.HasPrefix(msg, "trunc.argmap.json") || !strings.Contains(msg, "line ") {
		t.Errorf("the error dialog shows %q, want it to start with the file's own name and give the line", msg)
	}
}
