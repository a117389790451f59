package app

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

// An import opens laid out within the canvas's limits, however many loose
// claims it has: "p af 36000" was laid out in one row beyond them, so the
// map could not be saved (issue 19).
func TestImportOpensWithinTheCanvas(t *testing.T) {
	e := newTestEditor(t)
	path := filepath.Join(t.TempDir(), "loose.af")
	if err := os.WriteFile(path, []byte("p af 36000"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := e.OpenFile(path); err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	if err := argmap.CheckLimits(e.Map()); err != nil {
		t.Fatal(err)
	}
	if _, err := native.Encode(e.Map()); err != nil {
		t.Fatalf("the opened map cannot be saved: %v", err)
	}
}
