package formats

import (
	"slices"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
	"github.com/argmap/argmap/argmap/aif"
	"github.com/argmap/argmap/argmap/argdown"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/carneades"
	"github.com/argmap/argmap/argmap/flowcsv"
	"github.com/argmap/argmap/argmap/kialo"
	"github.com/argmap/argmap/argmap/microtexts"
)

// TestImportersDrawIDsFromTheSource: every importer's DecodeWith takes
// each new ID from the source it is given (the same source gives the same
// map, and every ID of the map is one the source made), while Decode draws
// random ones: there is no package variable to swap.
func TestImportersDrawIDsFromTheSource(t *testing.T) {
	t.Parallel()
	encoded := func(enc func(*argmap.Map) ([]byte, error)) []byte {
		data, err := enc(argmaptest.Small())
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	apx := []byte("arg(a).\narg(b).\natt(a,b).\natt(b,b).\n")
	for _, tc := range []struct {
		name string
		data []byte
		with func([]byte, argmap.IDSource) (*argmap.Map, error)
		rand func([]byte) (*argmap.Map, error)
	}{
		{"argdown", encoded(argdown.Encode), argdown.DecodeWith, argdown.Decode},
		{"aif", encoded(aif.Encode),
			func(d []byte, ids argmap.IDSource) (*argmap.Map, error) {
				m, _, err := aif.DecodeWith(d, ids)
				return m, err
			},
			func(d []byte) (*argmap.Map, error) { m, _, err := aif.Decode(d); return m, err }},
		{"flowcsv", encoded(flowcsv.Encode), flowcsv.DecodeWith, flowcsv.Decode},
		{"kialo", []byte("1. A\n1.1. Pro: B\n1.2. Con: C\n1.2.1. Con: D\n"), kialo.DecodeWith, kialo.Decode},
		{"carneades", []byte("statements:\n  flies: Tweety flies\n  bird: Tweety is a bird\narguments:\n  a1:\n    premises: [bird]\n    conclusion: flies\n"),
			carneades.DecodeWith, carneades.Decode},
		{"microtexts", []byte(`<arggraph id="x"><edu id="e1">Tax sugar.</edu><edu id="e2">Kids eat too much.</edu>` +
			`<adu id="a1" type="pro"/><adu id="a2" type="pro"/><edge id="c1" src="e1" trg="a1" type="seg"/>` +
			`<edge id="c2" src="e2" trg="a2" type="seg"/><edge id="c3" src="a2" trg="a1" type="sup"/></arggraph>`),
			microtexts.DecodeWith, microtexts.Decode},
		{"af", apx,
			func(d []byte, ids argmap.IDSource) (*argmap.Map, error) {
				f, err := af.ParseAPX(d)
				if err != nil {
					return nil, err
				}
				return f.ToMapWith(ids, ""), nil
			},
			func(d []byte) (*argmap.Map, error) {
				f, err := af.ParseAPX(d)
				if err != nil {
					return nil, err
				}
				return f.ToMap(""), nil
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var made []argmap.ID
			ids := argmaptest.IDs(tc.name)
			recording := argmap.IDSource(func() argmap.ID { id := ids(); made = append(made, id); return id })
			m, err := tc.with(tc.data, recording)
			if err != nil {
				t.Fatal(err)
			}
			again, err := tc.with(tc.data, argmaptest.IDs(tc.name))
			if err != nil {
				t.Fatal(err)
			}
			random, err := tc.rand(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			got := mapIDs(m)
			if len(got) == 0 || !slices.Equal(got, mapIDs(again)) {
				t.Fatalf("the same source gave %v, then %v", got, mapIDs(again))
			}
			for _, id := range got {
				if !slices.Contains(made, id) {
					t.Errorf("ID %s did not come from the source", id)
				}
			}
			if r := mapIDs(random); len(r) != len(got) || slices.Equal(r, got) {
				t.Errorf("Decode gave the IDs %v, want as many random ones", r)
			}
		})
	}
}

// mapIDs lists the IDs of a map's claims, arguments, comments, challenges,
// sources and speeches, in order.
func mapIDs(m *argmap.Map) []argmap.ID {
	var out []argmap.ID
	for _, c := range m.Claims {
		out = append(out, c.ID)
		for _, x := range c.Comments {
			out = append(out, x.ID)
		}
	}
	for _, a := range m.Arguments {
		out = append(out, a.ID)
		for _, x := range a.Comments {
			out = append(out, x.ID)
		}
	}
	for _, ch := range m.Challenges {
		out = append(out, ch.ID)
	}
	for _, s := range m.Sources {
		out = append(out, s.ID)
	}
	if m.Round != nil {
		for _, s := range m.Round.Speeches {
			out = append(out, s.ID)
		}
	}
	return out
}
