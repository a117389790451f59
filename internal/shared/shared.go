// Package shared finds, for tests, the folder shared/ that lies beside the
// repository: the corpus of third-party maps and the sample's article, read
// in place and never copied into the project.
//
// A test that needs it calls Path. Where the folder is missing the test
// fails under CI (CI is set), since CI always runs beside it and a silent
// skip would hide lost coverage, and elsewhere skips saying what is missing.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Path returns the path of rel (slash-separated, such as
// "corpus/af-iccma") inside the shared folder beside the repository. It
// stops the test when that is absent: a failure under CI, a skip with the
// reason elsewhere.
func Path(t testing.TB, rel string) string {
	t.Helper()
	p, err := locate(t, rel)
	if err != nil {
		t.Skipf("%s is missing: this test reads the shared folder beside the repository (%v)", p, err)
	}
	return p
}

// Optional is Path for a test whose corpus part is extra coverage beside
// cases of its own: it returns the path and true when rel is there; when
// it is not, the test fails under CI (as with Path) and elsewhere goes on
// without it, after logging what it leaves out.
func Optional(t testing.TB, rel string) (string, bool) {
	t.Helper()
	p, err := locate(t, rel)
	if err != nil {
		t.Logf("%s is missing: the part of this test that reads the shared folder is not run (%v)", p, err)
		return p, false
	}
	return p, true
}

// locate is the path of rel in the shared folder and, when it is not
// there, why; under CI a missing part fails the test at once.
func locate(t testing.TB, rel string) (string, error) {
	t.Helper()
	root, err := repoRoot()
	if err != nil {
		t.Fatalf("finding the repository: %v", err)
	}
	p := filepath.Join(root, "..", "shared", filepath.FromSlash(rel))
	_, err = os.Stat(p)
	if err != nil && os.Getenv("CI") != "" {
		t.Fatalf("%s is missing: CI runs beside the shared folder, and this test reads it (%v)", p, err)
	}
	return p, err
}

// repoRoot is the nearest folder above the working folder (a package's
// folder, under go test) that holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", os.ErrNotExist
		}
		dir = up
	}
}
