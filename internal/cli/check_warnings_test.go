package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckPrintsImportWarnings (issue 14 item 12): check prints every
// warning of an import, with its place, not only the summary.
func TestCheckPrintsImportWarnings(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "w.json")
	doc := `{"nodes":[{"nodeID":"1","text":"X","type":"I"},{"nodeID":"2","text":"Default Conflict","type":"CA"},
		{"nodeID":"3","text":"Default Inference","type":"RA"},{"nodeID":"4","text":"Y","type":"I"},
		{"nodeID":"5","text":"Default Preference","type":"PA"}],
		"edges":[{"fromID":"1","toID":"2"},{"fromID":"2","toID":"1"},{"fromID":"3","toID":"4"},{"fromID":"4","toID":"5"},{"fromID":"5","toID":"1"}],"locutions":[]}`
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI("check", path)
	if code != ExitOK {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	for _, want := range []string{
		path + `: aif: import warning: node "2" (CA): a claim attacking itself`,
		path + `: aif: import warning: node "3" (RA): no premise`,
		path + `: aif: import warning: node "5" (PA): preference nodes are not imported`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
}

// TestCheckPrintsArgdownWarnings: an Argdown relation dropped as Argdown
// drops it is reported with its place.
func TestCheckPrintsArgdownWarnings(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "w.argdown")
	if err := os.WriteFile(path, []byte("[P]: p\n  <+ <A>: a\n\n<A>\n\n(1) q\n----\n(2) [P]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI("check", path)
	want := path + ": argdown: import warning: line 2, column 3: the support from <A> to its own conclusion is dropped, as Argdown drops it"
	if code != ExitOK || !strings.Contains(out, want) {
		t.Errorf("exit %d, output\n%s%s\nwant a line %q", code, out, errs, want)
	}
}
