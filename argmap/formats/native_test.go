package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
)

func TestSniffNative(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`{"format": "argmap", "version": 1}`, true},
		{"{\n  \"format\" :\n \"argmap\"", true},
		{`{"format": "aif"}`, false},
		{`{"title": "argmap"}`, false},
		{`{"format"`, false},
		{``, false},
	} {
		if got := sniffNative([]byte(tc.in)); got != tc.want {
			t.Errorf("sniffNative(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLoadNative(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m := argmap.New("Loaded")
	m.Claims = append(m.Claims, &argmap.Claim{ID: argmap.DeterministicIDs("load")(), Text: "a"})
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	// Found by extension, and by content under a name that says nothing.
	for _, name := range []string{"m.argmap.json", "m.json", "m.txt"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, f, err := Load(path)
		if err != nil || f.Name != "json" || got.Meta.Title != "Loaded" {
			t.Errorf("Load(%s) = %v, %v, %v", name, got, f, err)
		}
	}
	bad := filepath.Join(dir, "bad.argmap.json")
	if err := os.WriteFile(bad, []byte(`{"format": "argmap", "version": 1, "map": {"claims": 1}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = Load(bad)
	if err == nil || !strings.Contains(err.Error(), "bad.argmap.json: map.claims (line 1, column 54): expected array, got number") {
		t.Errorf("Load of a broken file = %v", err)
	}
}
