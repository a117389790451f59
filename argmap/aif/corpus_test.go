package aif

import (
	"github.com/argmap/argmap/internal/shared"
	"os"
	"path/filepath"
	"slices"
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
	shared.Path(t, "corpus/aif-json")
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
		t.Fatalf("no AIF files under %s", corpusDir)
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

// dialogueOf lists every comment of the map as "author|time|text".
func dialogueOf(m *argmap.Map) []string {
	var out []string
	add := func(cs []argmap.Comment) {
		for _, c := range cs {
			out = append(out, c.Author+"|"+c.Time.Format("2006-01-02 15:04:05")+"|"+c.Text)
		}
	}
	for _, c := range m.Claims {
		add(c.Comments)
	}
	for _, a := range m.Arguments {
		add(a.Comments)
	}
	return out
}

// TestCorpusDialogueRoundTrip (issue 14 item 10, in part): the dialogue an
// import keeps (the L, YA and TA nodes that anchor a claim or an argument,
// with speaker and time) is written back as L, YA and TA nodes with
// locutions and participants, survives the native format, and reads back
// to the same comments.
func TestCorpusDialogueRoundTrip(t *testing.T) {
	for _, path := range corpusFiles(t) {
		rel, _ := filepath.Rel(corpusDir, path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			m1, rep, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			native, err := argmap.Encode(m1)
			if err != nil {
				t.Fatal(err)
			}
			saved, err := argmap.Decode(native)
			if err != nil {
				t.Fatal(err)
			}
			out, err := Encode(saved)
			if err != nil {
				t.Fatal(err)
			}
			m2, rep2, err := Decode(out)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := dialogueOf(m1), dialogueOf(m2); !slices.Equal(a, b) {
				t.Errorf("dialogue comments changed: %d → %d\nfirst: %q\nthen:  %q", len(a), len(b), a[:min(3, len(a))], b[:min(3, len(b))])
			}
			if rep.Comments != rep2.Comments {
				t.Errorf("dialogue anchors %d → %d", rep.Comments, rep2.Comments)
			}
		})
	}
}
