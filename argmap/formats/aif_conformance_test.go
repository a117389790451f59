package formats

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap/aif"
	"github.com/argmap/argmap/argmap/internal/argdowncheck"
)

// TestAIFExportConformance: arguebuf (an npm package that reads AIF, pinned
// in scripts/argdown-check) loads Argmap's AIF export of the sample, the
// fixture, a generated map and every corpus map without an error, with the
// I-nodes, S-nodes of the right kind and edges that Argmap wrote.
func TestAIFExportConformance(t *testing.T) {
	t.Parallel()
	tool, err := argdowncheck.AvailableAIF(".")
	if err != nil {
		t.Skip("arguebuf is not available, AIF conformance not checked: " + err.Error())
	}
	cases := exportCases(t)
	dir := t.TempDir()
	var files []string
	type written struct {
		Nodes []struct {
			NodeID, Text, Type string
		}
		Edges []struct {
			FromID, ToID string
		}
	}
	var docs []written
	for i, c := range cases {
		data, err := aif.Encode(c.m)
		if err != nil {
			t.Fatalf("%s: encode: %v", c.name, err)
		}
		var w written
		if err := json.Unmarshal(data, &w); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, w)
		p := filepath.Join(dir, fmt.Sprintf("%03d.json", i))
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	res, err := tool.LoadAIF(files...)
	if err != nil {
		t.Fatal(err)
	}
	kind := map[string]string{"RA": "support", "CA": "attack", "MA": "rephrase"}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, w := res[i], docs[i]
			if r.Error != "" {
				t.Fatalf("arguebuf: %s", r.Error)
			}
			var atoms, kinds, gotKinds []string
			for _, n := range w.Nodes {
				if n.Type == "I" {
					atoms = append(atoms, n.Text)
				} else {
					kinds = append(kinds, kind[n.Type])
				}
			}
			for _, s := range r.Schemes {
				gotKinds = append(gotKinds, s.Kind)
			}
			got := slices.Clone(r.Atoms)
			slices.Sort(atoms)
			slices.Sort(got)
			slices.Sort(kinds)
			slices.Sort(gotKinds)
			if !slices.Equal(atoms, got) {
				t.Errorf("arguebuf read %d atoms, Argmap wrote %d I-nodes (or their texts differ)", len(got), len(atoms))
			}
			if !slices.Equal(kinds, gotKinds) {
				t.Errorf("arguebuf read scheme kinds %v, Argmap wrote %v", gotKinds, kinds)
			}
			var edges, gotEdges []string
			for _, e := range w.Edges {
				edges = append(edges, e.FromID+">"+e.ToID)
			}
			for _, e := range r.Edges {
				gotEdges = append(gotEdges, e[0]+">"+e[1])
			}
			slices.Sort(edges)
			slices.Sort(gotEdges)
			if !slices.Equal(edges, gotEdges) {
				t.Errorf("arguebuf read %d edges, Argmap wrote %d (or they differ)", len(gotEdges), len(edges))
			}
		})
	}
}
