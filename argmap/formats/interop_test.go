package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/shared"
)

func TestSniffAIF(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{`{"nodes": [], "edges": [], "locutions": []}`, true},
		{`{"AIF": {"nodes": []}, "OVA": {}, "text": ""}`, true},
		{`{"format": "argmap", "version": 1, "map": {"nodes": [], "edges": []}}`, false},
		{`{"nodes": []}`, false},
		{`[{"nodes": [], "edges": []}]`, false},
		// The sniffer reads keys, not the whole document (issue 16): a
		// truncated AIF file is AIF, and Decode says where it breaks off.
		{`{"nodes": [], "edges": [`, true},
		{`{"nodes": [{"text": "a \"edges\": ["}], "x": {"edges": 1}}`, false},
		{`{"a": {"AIF": 1}, "b": "AIF", "nodes": 1}`, false},
		{"\uFEFF {\"edges\": 0, \"nodes\": 0}", true},
		{`{"nodes": [], "edges"`, true},
		{`{"nodes" [], "edges": []}`, false},
		{`{"nodes": []`, false},
		{``, false},
	} {
		if got := sniffAIF([]byte(tc.in)); got != tc.want {
			t.Errorf("sniffAIF(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	_, f, err := Decode("cut.json", []byte("{\"nodes\": [{\"nodeID\": \"1\",\n \"type\": \"I\"}], \"edges\": ["))
	if f == nil || f.Name != "aif" || err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a truncated AIF file: format %v, error %v", f, err)
	}
}

// Each format is found for its files, and the interchange formats do not
// take native maps away from the native format, whatever the file's name.
func TestDetectInterop(t *testing.T) {
	t.Parallel()
	m := argmap.New("native")
	m.Claims = append(m.Claims, &argmap.Claim{ID: argmap.DeterministicIDs("detect")(), Text: "a"})
	native, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	aifData := []byte(`{"nodes": [{"nodeID": "1", "text": "a", "type": "I"}], "edges": [], "locutions": []}`)
	kialoData := []byte("Discussion Title: T\n\n1. A\n1.1. Pro: B\n")
	for _, tc := range []struct {
		path string
		data []byte
		want string
	}{
		{"m.argmap.json", native, "json"},
		{"m.json", native, "json"},
		{"m.txt", native, "json"},
		{"nodeset1.json", aifData, "aif"},
		{"x.aif.json", aifData, "aif"},
		{"noext", aifData, "aif"},
		{"d.txt", kialoData, "kialo"},
		{"d", kialoData, "kialo"},
	} {
		f := Detect(tc.path, tc.data)
		if f == nil || f.Name != tc.want {
			t.Errorf("Detect(%s) = %v, want %s", tc.path, f, tc.want)
			continue
		}
		got, _, err := Decode(tc.path, tc.data)
		if err != nil {
			t.Errorf("Decode(%s): %v", tc.path, err)
			continue
		}
		if ps := argmap.Validate(got); ps.HasErrors() {
			t.Errorf("Decode(%s): invalid: %v", tc.path, ps.Err())
		}
	}
}

func TestExportFormatsRegistered(t *testing.T) {
	t.Parallel()
	m := argmap.New("T")
	ids := argmap.DeterministicIDs("export")
	a := &argmap.Claim{ID: ids(), Text: "Türkçe: İstanbul ğüşıöç"}
	b := &argmap.Claim{ID: ids(), Text: "Русский: Россия и Индия"}
	m.Claims = []*argmap.Claim{a, b}
	m.Arguments = []*argmap.Argument{{ID: ids(), Premises: []argmap.ID{b.ID}, Target: a.ID, Polarity: argmap.Con}}
	m.Reindex()
	for _, name := range []string{"aif", "dot", "md", "canvas", "graphml", "argdown"} {
		f := ByName(name)
		if f == nil || f.Encode == nil {
			t.Fatalf("format %q is not registered for export", name)
		}
		out, err := f.Encode(m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, c := range m.Claims {
			if !strings.Contains(string(out), c.Text) {
				t.Errorf("%s export lacks %q", name, c.Text)
			}
		}
	}
}

func TestLoadCorpusByContent(t *testing.T) {
	t.Parallel()
	for _, rel := range []string{"corpus/aif-json/qt30", "corpus/other/kialo"} {
		dir := shared.Path(t, rel)
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		if len(files) == 0 {
			t.Fatalf("no file in %s", dir)
		}
		for _, path := range files {
			if _, err := os.Stat(path); err != nil {
				continue
			}
			if _, f, err := Load(path); err != nil {
				t.Errorf("Load(%s): %v (format %v)", path, err, f)
			}
		}
	}
}
