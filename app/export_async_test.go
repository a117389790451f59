package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tests export at once, so that the file is written before they end.
func init() { exportInBackground = func(work, done func()) { work(); done() } }

// TestExportEncodesOffTheUIGoroutine: the Export menu's encoding runs as
// background work on a copy of the map (a PNG of a big map froze the
// window for seconds), the status bar says it has started, and the file is
// written, and said to be, only when the work is done; an edit made in
// the meantime does not reach the export.
func TestExportEncodesOffTheUIGoroutine(t *testing.T) {
	var work, done func()
	old := exportInBackground
	exportInBackground = func(w, d func()) { work, done = w, d }
	t.Cleanup(func() { exportInBackground = old })

	e := newTestEditor(t)
	path := filepath.Join(t.TempDir(), "map.md")
	e.exportAsync(testFormats().ByName("md"), path)
	if work == nil || done == nil {
		t.Fatal("the export did not go to the background")
	}
	if got := statusMessage(t, e); !strings.Contains(got, "Exporting map.md") {
		t.Errorf("status while exporting: %q", got)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("written before the encoding ran")
	}
	before := e.doc.Map().Claims[0].Text
	e.doc.Map().Claims[0].Text = "changed after the export began"
	work()
	done()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), strings.Fields(before)[0]) || strings.Contains(string(got), "changed after") {
		t.Errorf("the export is not of the map as it was when asked for")
	}
	if msg := statusMessage(t, e); !strings.HasPrefix(msg, "Exported map.md (") {
		t.Errorf("status when done: %q", msg)
	}
}
