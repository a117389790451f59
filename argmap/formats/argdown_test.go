package formats

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
)

func TestSniffArgdown(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"===\ntitle: x\n===\n", true},
		{"[Claim]: text\n", true},
		{"Some prose.\n\n<Argument>: text\n", true},
		{"[A]\n  + <B>\n", true},
		{"x\n    -> [T]\n", true},
		{`{"format": "argmap"}`, false},
		{"arg(a).\natt(a,b).\n", false},
		{"p af 3\n1 2\n", false},
		{"Discussion Title: x\n\n1. Thesis\n1.1. Pro: a\n", false},
		{"", false},
	} {
		if got := sniffArgdown([]byte(tc.in)); got != tc.want {
			t.Errorf("sniffArgdown(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestLoadArgdown: an Argdown file loads by its extension and, under a
// name that says nothing, by its content; Encode's output loads too.
func TestLoadArgdown(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src := "[Thesis]: Türkçe: İstanbul ğüşıöç\n  + Русский: Россия и Индия\n"
	for _, name := range []string{"m.argdown", "m.ad", "m.txt"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		m, f, err := Load(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if f.Name != "argdown" || len(m.Claims) != 2 || len(m.Arguments) != 1 {
			t.Errorf("%s: format %s, %d claims, %d arguments", name, f.Name, len(m.Claims), len(m.Arguments))
		}
		if err := argmap.Validate(m).Err(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		out, err := f.Encode(m)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := Decode("exported.argdown", out); err != nil {
			t.Errorf("%s: export does not load: %v", name, err)
		}
	}
}

// TestLoadArgdownInclude: Load follows Argdown's @include relative to the
// file (issue 14 item 6).
func TestLoadArgdownInclude(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.argdown"), []byte("[A]: a\n\n@include(part.argdown)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "part.argdown"), []byte("[B]: b\n  + [A]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, _, err := Load(filepath.Join(dir, "main.argdown"))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Claims) != 2 || len(m.Arguments) != 1 {
		t.Errorf("%d claims, %d arguments; want 2 and 1", len(m.Claims), len(m.Arguments))
	}
}
