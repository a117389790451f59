package aif

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/shared"
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
	t.Parallel()
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
	t.Parallel()
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

// TestFastMatchesSlow (issue 16): on every corpus file the one-pass reading
// (parseFast) gives the graph the part-by-part one (parseSlow) gives.
func TestFastMatchesSlow(t *testing.T) {
	t.Parallel()
	for _, path := range corpusFiles(t) {
		rel, _ := filepath.Rel(corpusDir, path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fast := parseFast(data)
			if fast == nil {
				t.Fatal("the fast path gave up on a corpus file")
			}
			slow, err := parseSlow(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Error("the fast and the slow path differ")
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

// TestCorpusDialogueRoundTrip (issue 14 item 10): after import, the native
// format and export, every corpus file has as many nodes of each type and
// edges of each shape (L>YA, TA>L, YA>RA, …) as it had, less only what the
// import reports dropping (PA nodes, S-nodes without premise or conclusion,
// dangling edges), and the export reads back with nothing dropped.
func TestCorpusDialogueRoundTrip(t *testing.T) {
	t.Parallel()
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
			saved := nativeRoundTrip(t, m1)
			out, err := Encode(saved)
			if err != nil {
				t.Fatal(err)
			}
			_, rep2, err := Decode(out)
			if err != nil {
				t.Fatal(err)
			}
			before, after := typeCounts(t, data), typeCounts(t, out)
			t.Logf("%d nodes, %d edges; L %d, TA %d, YA %d", total(before, "node:"), total(before, "edge:"), before["node:L"], before["node:TA"], before["node:YA"])
			if len(rep.Dropped) > 0 || rep.DroppedEdges > 0 || multiConclusion(rep) {
				// Dropped S-nodes take their edges, dialogue ones included.
				for _, k := range []string{"node:L", "node:TA", "node:YA", "edge:L>YA", "edge:L>TA", "edge:TA>L", "edge:TA>YA", "edge:YA>I", "edge:YA>L"} {
					if before[k] != after[k] {
						t.Errorf("%s: %d → %d", k, before[k], after[k])
					}
				}
			} else if diff := diffCounts(before, after); diff != "" {
				t.Errorf("counts changed: %s", diff)
			} else if m1.Dialogue != nil {
				// With a dialogue, every node comes back with its ID.
				if a, b := nodeIDs(t, data), nodeIDs(t, out); !slices.Equal(a, b) {
					t.Errorf("node IDs changed: %d of %d kept", len(intersect(a, b)), len(a))
				}
			}
			if len(rep2.Dropped) > 0 || rep2.DroppedEdges > 0 {
				t.Errorf("re-import of the export dropped %v and %d edges: %q", rep2.Dropped, rep2.DroppedEdges, rep2.Warnings)
			}
		})
	}
}

// nodeIDs lists the node IDs of an AIF document ("type:id"), sorted.
func nodeIDs(t testing.TB, data []byte) []string {
	t.Helper()
	var doc struct {
		AIF   *json.RawMessage `json:"AIF"`
		Nodes []struct {
			NodeID any    `json:"nodeID"`
			Type   string `json:"type"`
		} `json:"nodes"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.AIF != nil {
		if err := json.Unmarshal(*doc.AIF, &doc); err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for _, n := range doc.Nodes {
		out = append(out, n.Type+":"+fmt.Sprint(n.NodeID))
	}
	slices.Sort(out)
	return out
}

func intersect(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if in[x] {
			out = append(out, x)
		}
	}
	return out
}

func total(c map[string]int, prefix string) int {
	n := 0
	for k, v := range c {
		if strings.HasPrefix(k, prefix) {
			n += v
		}
	}
	return n
}

// multiConclusion reports whether the import split an S-node with several
// conclusions into several arguments (written back as several S-nodes).
func multiConclusion(rep *Report) bool {
	return slices.ContainsFunc(rep.Warnings, func(w string) bool { return strings.Contains(w, " conclusions; imported as ") })
}

// nativeRoundTrip saves the map in the native format and reads it back.
func nativeRoundTrip(t *testing.T, m *argmap.Map) *argmap.Map {
	t.Helper()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatalf("native encode: %v", err)
	}
	back, err := native.Decode(data)
	if err != nil {
		t.Fatalf("native decode: %v", err)
	}
	if !reflect.DeepEqual(back.Dialogue, m.Dialogue) {
		t.Fatal("the native format changed the dialogue")
	}
	return back
}
