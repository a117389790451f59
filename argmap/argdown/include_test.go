package argdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes name → content under dir, making folders.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDecodeFileIncludes (issue 14 item 6): @include reads files relative
// to the including file, each once (which ends cycles), and never outside
// its folder; faults name the file and line.
func TestDecodeFileIncludes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  []string // claim texts
		err   string
	}{
		{"relative, nested, each once", map[string]string{
			"main.argdown":     "[A]: main\n\n@include(parts/p1.argdown, parts/p2.argdown)\n\n// @include(missing.argdown)\n[Z]: end\n",
			"parts/p1.argdown": "[B]: from p1\n  + [A]\n\n@include(p2.argdown)\n",
			"parts/p2.argdown": "[C]: from p2\n\n@include(../main.argdown)\n",
		}, []string{"main", "from p1", "from p2", "end"}, ""},
		{"cycle", map[string]string{
			"main.argdown": "@include(a.argdown)\n",
			"a.argdown":    "[A]: a\n\n@include(b.argdown)\n",
			"b.argdown":    "[B]: b\n\n@include(a.argdown)\n",
		}, []string{"a", "b"}, ""},
		{"missing", map[string]string{"main.argdown": "[A]: a\n\n@include(nope.argdown)\n"},
			nil, "line 3, column 1: @include(nope.argdown): no such file"},
		{"outside the folder", map[string]string{"sub/main.argdown": "@include(../secret.argdown)\n", "secret.argdown": "[S]: s\n"},
			nil, "outside the folder"},
		{"absolute", map[string]string{"main.argdown": "@include(/etc/passwd)\n"},
			nil, "must be relative"},
		{"fault in an included file", map[string]string{"main.argdown": "[A]: a\n\n@include(bad.argdown)\n", "bad.argdown": "[B]: b\n\n  + [C]\n"},
			nil, "bad.argdown: line 3, column 3: a relation needs a statement"},
		{"fault of the map in an included file", map[string]string{"main.argdown": "[A]: a\n\n@include(bad.argdown)\n", "bad.argdown": "\n[B]: b\n  >< [B]\n"},
			nil, "bad.argdown: line 3, column 3: a statement cannot be related to itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			main := filepath.Join(dir, "main.argdown")
			if _, ok := tt.files["sub/main.argdown"]; ok {
				main = filepath.Join(dir, "sub", "main.argdown")
			}
			data, err := os.ReadFile(main)
			if err != nil {
				t.Fatal(err)
			}
			m, err := DecodeFile(main, data)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range m.Claims {
				got = append(got, c.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("claims %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDecodeFileIncludeDepth: nesting deeper than MaxIncludeDepth is
// refused with the place of the include.
func TestDecodeFileIncludeDepth(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{}
	for i := 0; i <= MaxIncludeDepth+1; i++ {
		files["d"+itoa(i)+".argdown"] = "[S" + itoa(i) + "]: s\n\n@include(d" + itoa(i+1) + ".argdown)\n"
	}
	writeFiles(t, dir, files)
	p := filepath.Join(dir, "d0.argdown")
	data, _ := os.ReadFile(p)
	if _, err := DecodeFile(p, data); err == nil || !strings.Contains(err.Error(), "nest more than") {
		t.Errorf("err = %v", err)
	}
}

// TestDecodeFileSymlinkOutside: a symbolic link inside the folder that
// points outside it is not followed.
func TestDecodeFileSymlinkOutside(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"in/main.argdown": "@include(link.argdown)\n", "secret.argdown": "[S]: s\n"})
	if err := os.Symlink(filepath.Join(dir, "secret.argdown"), filepath.Join(dir, "in", "link.argdown")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	p := filepath.Join(dir, "in", "main.argdown")
	data, _ := os.ReadFile(p)
	if _, err := DecodeFile(p, data); err == nil || !strings.Contains(err.Error(), "outside the folder") {
		t.Errorf("err = %v", err)
	}
}
