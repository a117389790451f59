package shared

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// recorder is a testing.TB that records how Path stopped the test.
type recorder struct {
	testing.TB
	how, msg string
}

func (r *recorder) Helper()             {}
func (r *recorder) Logf(string, ...any) {}
func (r *recorder) Fatalf(f string, a ...any) {
	r.how, r.msg = "fatal", fmt.Sprintf(f, a...)
	runtime.Goexit()
}
func (r *recorder) Skipf(f string, a ...any) {
	r.how, r.msg = "skip", fmt.Sprintf(f, a...)
	runtime.Goexit()
}

// run calls Path on its own goroutine, since stopping a test ends it.
func run(rel string) *recorder {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Path(r, rel)
	}()
	<-done
	return r
}

// runOptional calls Optional as run calls Path.
func runOptional(rel string) *recorder {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Optional(r, rel)
	}()
	<-done
	return r
}

// TestMissingFailsUnderCI: a missing shared folder fails under CI and
// skips, saying what is missing, elsewhere; a present one is returned.
func TestMissingFailsUnderCI(t *testing.T) {
	const missing = "no/such/folder"
	t.Setenv("CI", "true")
	if r := run(missing); r.how != "fatal" || !strings.Contains(r.msg, "no/such/folder") {
		t.Errorf("under CI: %s %q, want a failure naming the path", r.how, r.msg)
	}
	t.Setenv("CI", "")
	if r := run(missing); r.how != "skip" || !strings.Contains(r.msg, "missing") {
		t.Errorf("outside CI: %s %q, want a skip saying what is missing", r.how, r.msg)
	}
	t.Setenv("CI", "true")
	if r := runOptional(missing); r.how != "fatal" || !strings.Contains(r.msg, "no/such/folder") {
		t.Errorf("Optional under CI: %s %q, want a failure naming the path", r.how, r.msg)
	}
	t.Setenv("CI", "")
	if r := runOptional(missing); r.how != "" {
		t.Errorf("Optional outside CI: %s %q, want the test to go on", r.how, r.msg)
	}
	// This repository's own go.mod is found from the package folder.
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "shared", "shared.go")); err != nil {
		t.Errorf("repoRoot = %q, not this repository: %v", root, err)
	}
}
