package aif

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// corpusDir is the shared corpus of real AIF files, read in place.
const corpusDir = "../../../shared/corpus/aif-json"

// corpusFiles lists every AIF-JSON file of the corpus (all subfolders). The
// .txt companions hold OVA source text, not maps, and are left out.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("corpus absent (%s): %v", corpusDir, err)
	}
	var files []string
	err := filepath.WalkDir(corpusDir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skipf("no AIF files under %s", corpusDir)
	}
	sort.Strings(files)
	return files
}

// counts is the structure a round trip must keep.
type counts struct{ claims, pro, con, premises int }

func countOf(m *argmap.Map) counts {
	c := counts{claims: len(m.Claims)}
	for _, a := range m.Arguments {
		if a.Polarity == argmap.Pro {
			c.pro++
		} else {
			c.con++
		}
		c.premises += len(a.Premises)
	}
	return c
}

func TestCorpusLoadsAndValidates(t *testing.T) {
	for _, path := range corpusFiles(t) {
		rel, _ := filepath.Rel(corpusDir, path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m, rep, err := Decode(data)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if ps := argmap.Validate(m); ps.HasErrors() {
				t.Fatalf("invalid map: %v", ps.Err())
			}
			t.Log(rep.Summary())
			for _, w := range rep.Warnings {
				t.Log("warning:", w)
			}
		})
	}
}

func TestCorpusRoundTrip(t *testing.T) {
	for _, path := range corpusFiles(t) {
		rel, _ := filepath.Rel(corpusDir, path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m1, _, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := Encode(m1)
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			m2, _, err := Decode(out)
			if err != nil {
				t.Fatalf("re-import: %v", err)
			}
			if c1, c2 := countOf(m1), countOf(m2); c1 != c2 {
				t.Fatalf("round trip changed the structure: %+v → %+v", c1, c2)
			}
			for i := range m1.Claims {
				if m1.Claims[i].Text != m2.Claims[i].Text {
					t.Fatalf("claim %d text %q → %q", i, m1.Claims[i].Text, m2.Claims[i].Text)
				}
			}
			if ps := argmap.Validate(m2); ps.HasErrors() {
				t.Fatalf("re-imported map invalid: %v", ps.Err())
			}
		})
	}
}

// BenchmarkDecodeLargest imports the largest map of the corpus (by size).
func BenchmarkDecodeLargest(b *testing.B) {
	files := corpusFiles(b)
	var largest string
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && st.Size() > size {
			largest, size = f, st.Size()
		}
	}
	data, err := os.ReadFile(largest)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: %d bytes", largest, size)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
