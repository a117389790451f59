package cli

import (
	"bytes"
	"fmt"
	"github.com/argmap/argmap/internal/shared"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/native"
)

func anchorsRun(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := testProgram().Run(append([]string{"anchors"}, args...), nil, &out, &errb)
	return code, out.String(), errb.String()
}

// anchoredMap writes, in a temporary folder, a text and a map whose three
// claims are anchored in it, and returns the folder and the map's path.
func anchoredMap(t *testing.T, text string, passages ...string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "essay.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	b := argmaptest.NewBuilder("anchors", "anchored")
	src := &argmap.Source{ID: b.ID(), Name: "essay.txt", Path: "essay.txt", Hash: anchor.Hash(text)}
	var ids []argmap.ID
	for _, p := range passages {
		an := anchor.NewAnchor(src.ID, text, strings.Index(text, p), len(p))
		ids = append(ids, b.Claim("About: "+p, argmaptest.With(func(c *argmap.Claim) { c.Anchor = &an })))
	}
	b.Pro(ids[0], ids[1:]...)
	m := b.Map()
	m.Sources = append(m.Sources, src)
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "m.argmap.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, path
}

func TestAnchors(t *testing.T) {
	t.Parallel()
	text := "A title\n\nThe river floods each spring. Farmers welcome it.\n\nEngineers fear it.\n"
	dir, path := anchoredMap(t, text, "The river floods each spring.", "Farmers welcome it.", "Engineers fear it.")
	essay := filepath.Join(dir, "essay.txt")

	code, out, errs := anchorsRun(path)
	if code != ExitOK || !strings.Contains(out, "3 anchors: 3 ok, 0 moved, 0 broken") || errs != "" {
		t.Fatalf("unchanged: %d %q %q", code, out, errs)
	}
	if !strings.Contains(out, "ok      ¶2        About: The river floods each spring.\n") {
		t.Errorf("line format: %q", out)
	}

	// An insertion before the passages moves them; a small edit is found fuzzily.
	edited := "A longer title\n\nPreface.\n\n" + strings.Replace(text, "welcome it", "welcome the flood", 1)
	if err := os.WriteFile(essay, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = anchorsRun(path)
	if code != ExitOK || !strings.Contains(out, "3 anchors: 0 ok, 3 moved, 0 broken") ||
		!strings.Contains(out, "moved   ¶2→¶4") || !strings.Contains(out, "(fuzzy,") {
		t.Fatalf("moved: %d %q", code, out)
	}

	// A deleted passage is broken: exit 1.
	if err := os.WriteFile(essay, []byte(strings.Replace(text, "Engineers fear it.", "", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = anchorsRun(path)
	if code != ExitFail || !strings.Contains(out, "broken  ¶3        About: Engineers fear it. (not found)") {
		t.Fatalf("broken: %d %q", code, out)
	}

	// -source overrides the map's source; a missing source breaks every anchor.
	other := filepath.Join(dir, "other.txt")
	if err := os.WriteFile(other, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ = anchorsRun("-source", other, path); code != ExitOK {
		t.Errorf("-source: %d %q", code, out)
	}
	code, out, errs = anchorsRun("-source", filepath.Join(dir, "none.txt"), path)
	if code != ExitFail || !strings.Contains(out, "0 ok, 0 moved, 3 broken") || !strings.Contains(errs, "none.txt") {
		t.Errorf("missing source: %d %q %q", code, out, errs)
	}
}

func TestAnchorsUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{nil, {"a", "b"}, {"-nosuch", "x"}} {
		if code, _, _ := anchorsRun(args...); code != ExitUsage {
			t.Errorf("anchors %q = %d, want %d", args, code, ExitUsage)
		}
	}
	if code, _, errs := anchorsRun("-h"); code != ExitOK || !strings.Contains(errs, "usage: argmap anchors") {
		t.Errorf("-h = %d %q", code, errs)
	}
	if code, _, errs := anchorsRun(filepath.Join(t.TempDir(), "none.argmap.json")); code != ExitFail || errs == "" {
		t.Errorf("a missing map = %d %q", code, errs)
	}
}

// TestAnchorsSample checks the committed sample map against the article in
// place: every anchor holds. The article lies outside the map's folder, so
// it is read only when named with -source.
func TestAnchorsSample(t *testing.T) {
	t.Parallel()
	const article = "../../../shared/source/article.txt"
	shared.Path(t, "source/article.txt")
	const sample = "../../assets/sample.argmap.json"
	for _, args := range [][]string{{"-source", article, sample}, {"-source", article, "sample"}} {
		code, out, errs := anchorsRun(args...)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if code != ExitOK || errs != "" || len(lines) < 26 {
			t.Fatalf("anchors %q = %d\n%s%s", args, code, out, errs)
		}
		for _, l := range lines[:len(lines)-1] {
			if !strings.HasPrefix(l, "ok      ¶") {
				t.Errorf("anchors %q: %q", args, l)
			}
		}
		want := fmt.Sprintf("%d anchors: %d ok, 0 moved, 0 broken", len(lines)-1, len(lines)-1)
		if last := lines[len(lines)-1]; last != want {
			t.Errorf("anchors %q: summary %q, want %q", args, last, want)
		}
	}
}

// TestAnchorsStayInTheMapFolder: a source path is followed only inside the
// map's folder (and its subfolders), also through a link; anything else
// needs -source. Devices and FIFOs are never read, not even with -source.
func TestAnchorsStayInTheMapFolder(t *testing.T) {
	t.Parallel()
	text := "The river floods each spring. Farmers welcome it.\n"
	dir, path := anchoredMap(t, text, "The river floods each spring.", "Farmers welcome it.")
	secret := filepath.Join(filepath.Dir(dir), filepath.Base(dir)+"-secret.txt")
	if err := os.WriteFile(secret, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(secret) })
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	_ = os.WriteFile(filepath.Join(dir, "sub", "essay.txt"), []byte(text), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "link.txt")); err != nil {
		t.Fatalf("no symbolic links here: %v", err)
	}
	setPath := func(p string) {
		m, err := native.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m.Sources[0].Path = p
		if err := native.WriteFile(path, m); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		source string
		ok     bool
	}{
		{"sub/essay.txt", true},
		{"./sub/../essay.txt", true},
		{"../" + filepath.Base(secret), false},
		{filepath.ToSlash(secret), false},
		{"link.txt", false},
		{"/dev/zero", false},
	} {
		setPath(tc.source)
		code, out, errs := anchorsRun(path)
		if tc.ok {
			if code != ExitOK || errs != "" {
				t.Errorf("source %s: exit %d %q %q, want ok", tc.source, code, out, errs)
			}
			continue
		}
		if code != ExitFail || !strings.Contains(out, "2 broken") || !strings.Contains(errs, "outside the map's folder") || !strings.Contains(errs, "-source") {
			t.Errorf("source %s: exit %d %q %q, want a refusal saying to use -source", tc.source, code, out, errs)
		}
	}

	// Named with -source, a file outside is the user's choice; a device or
	// a FIFO is refused at once, without blocking or reading for ever.
	if code, out, errs := anchorsRun("-source", secret, path); code != ExitOK {
		t.Errorf("-source outside the folder: %d %q %q", code, out, errs)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := mkfifo(fifo); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	for _, p := range []string{"/dev/zero", fifo} {
		code, _, errs := anchorsRun("-source", p, path)
		if code != ExitFail || !strings.Contains(errs, "not a regular file") {
			t.Errorf("-source %s: exit %d %q, want a refusal", p, code, errs)
		}
	}
	setPath("fifo.txt")
	if code, _, errs := anchorsRun(path); code != ExitFail || !strings.Contains(errs, "a named pipe") {
		t.Errorf("a FIFO in the folder: exit %d %q, want a refusal", code, errs)
	}
}
