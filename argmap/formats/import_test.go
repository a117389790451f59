package formats

import (
	"slices"
	"strings"
	"testing"
)

// warnAIF is an AIF file whose import works around three faults (a
// self-attack, an RA node without premise, a PA node).
const warnAIF = `{"nodes":[{"nodeID":"1","text":"X","type":"I"},{"nodeID":"2","text":"Default Conflict","type":"CA"},
	{"nodeID":"3","text":"Default Inference","type":"RA"},{"nodeID":"4","text":"Y","type":"I"},
	{"nodeID":"5","text":"Default Preference","type":"PA"}],
	"edges":[{"fromID":"1","toID":"2"},{"fromID":"2","toID":"1"},{"fromID":"3","toID":"4"},{"fromID":"4","toID":"5"},{"fromID":"5","toID":"1"}],"locutions":[]}`

// TestImportReports: Set.Import returns the map Decode returns, with the
// importer's summary and its warnings (the same as Format.Warnings), for
// AIF (read once, by DecodeReport) and Argdown (by Warnings); a format
// with nothing to say says nothing, and a failure returns the error.
func TestImportReports(t *testing.T) {
	t.Parallel()
	s := Builtin()
	for _, tc := range []struct {
		name, path, data string
		format, summary  string // summary: prefix
		warnings         []string
		err              string
	}{
		{name: "aif", path: "w.json", data: warnAIF, format: "aif", summary: "AIF-JSON (", warnings: []string{
			`node "2" (CA): a claim attacking itself; kept through the stand-in claim "X (attacks itself)"`,
			`node "3" (RA): no premise (I-node pointing into it); dropped`, `node "5" (PA): preference nodes are not imported`}},
		{name: "argdown", path: "w.argdown", data: "[P]: p\n  <+ <A>: a\n\n<A>\n\n(1) q\n----\n(2) [P]\n", format: "argdown", warnings: []string{
			"line 2, column 3: the support from <A> to its own conclusion is dropped, as Argdown drops it"}},
		{name: "clean argdown", path: "c.argdown", data: "[P]: p\n  <+ [Q]: q\n", format: "argdown"},
		{name: "iccma", path: "a.af", data: "p af 2\n1 2\n", format: "iccma"},
		{name: "broken aif", path: "b.json", data: `{"nodes":[{"nodeID":"1","type":"I","text":"X"}],"edges":[{"fromID":"1"`, err: "b.json: AIF-JSON: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			im, err := s.Import(tc.path, []byte(tc.data))
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) || im.Map != nil {
					t.Fatalf("Import = %v, %v; want no map and an error starting %q", im.Map, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if im.Format.Name != tc.format || im.Map == nil {
				t.Fatalf("format %q, map %v; want %q and a map", im.Format.Name, im.Map, tc.format)
			}
			if !strings.HasPrefix(im.Summary, tc.summary) || tc.summary == "" && im.Summary != "" {
				t.Errorf("summary %q, want one starting %q", im.Summary, tc.summary)
			}
			for _, w := range tc.warnings {
				if !slices.Contains(im.Warnings, w) {
					t.Errorf("warnings %q lack %q", im.Warnings, w)
				}
			}
			if len(im.Warnings) != len(tc.warnings) {
				t.Errorf("%d warnings %q, want %d", len(im.Warnings), im.Warnings, len(tc.warnings))
			}
			if f := im.Format; f.Warnings != nil && !slices.Equal(f.Warnings([]byte(tc.data)), im.Warnings) {
				t.Errorf("Import's warnings %q differ from Format.Warnings %q", im.Warnings, f.Warnings([]byte(tc.data)))
			}
			m, _, err := s.Decode(tc.path, []byte(tc.data))
			if err != nil || len(m.Claims) != len(im.Map.Claims) || len(m.Arguments) != len(im.Map.Arguments) || m.Meta.Title != im.Map.Meta.Title {
				t.Errorf("Decode read %v (%v), Import another map", m, err)
			}
		})
	}
}
