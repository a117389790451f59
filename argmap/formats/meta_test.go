package formats

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/internal/shared"
)

// wantMeta is the metadata an imported map should carry: what the file
// says of itself, and its name as the title where the format names none.
type wantMeta struct {
	title, source     string
	authors           []string
	created, modified string // aifdbLayout in UTC, "" for none
}

const aifdbLayout = "2006-01-02 15:04:05"

// checkMeta loads the corpus file rel (read in place) and compares its
// metadata with want.
func checkMeta(t *testing.T, rel string, want wantMeta) {
	t.Helper()
	path := shared.Path(t, rel)
	m, _, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	got := m.Meta
	if got.Title != want.title {
		t.Errorf("title %q, want %q", got.Title, want.title)
	}
	if got.Source != want.source {
		t.Errorf("source %q, want %q", got.Source, want.source)
	}
	if !slices.Equal(got.Authors, want.authors) {
		t.Errorf("authors %q, want %q", got.Authors, want.authors)
	}
	for _, tm := range []struct {
		name string
		got  time.Time
		want string
	}{{"created", got.Created, want.created}, {"modified", got.Modified, want.modified}} {
		var w time.Time
		if tm.want != "" {
			w, err = time.Parse(aifdbLayout, tm.want)
			if err != nil {
				t.Fatal(err)
			}
		}
		if !tm.got.Equal(w) {
			t.Errorf("%s %v, want %v", tm.name, tm.got, w)
		}
	}
	// What the import dropped or worked around is no part of the map.
	if err := argmap.CheckLimits(m); err != nil {
		t.Error(err)
	}
}

// TestAIFMeta: an AIF file's map is titled with the file's name (AIF
// names no title), its times are the earliest and latest AIFdb node
// timestamps, its authors the OVA analyst, and its source is what OVA
// says the analysis is of: never the import's own summary, which used to
// land there ("AIF-JSON (AIFdb nodeset): 183 claims…") under an empty
// title. QT30 files name no analyst, no source and no title.
func TestAIFMeta(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		rel  string
		want wantMeta
	}{
		{"qt30/nodeset25045.json", wantMeta{title: "nodeset25045", created: "2021-05-27 19:15:20", modified: "2022-05-24 15:38:37"}},
		{"qt30/nodeset19906.json", wantMeta{title: "nodeset19906", created: "2021-01-28 20:36:47", modified: "2021-01-28 20:37:07"}},
		{"qt30/nodeset20981.json", wantMeta{title: "nodeset20981", created: "2021-04-29 19:06:09", modified: "2021-04-29 19:07:01"}},
		{"us2016/nodeset10237.json", wantMeta{title: "nodeset10237", created: "2016-09-21 08:57:58", modified: "2016-09-21 08:58:04"}},
		// The empty map has no timestamps at all.
		{"iac/nodeset7107.json", wantMeta{title: "nodeset7107"}},
		// OVA3 exports: the analyst is the author; the times are
		// JavaScript dates in the layout, here none.
		{"ova3-dialects/xAifTestFile_ova3_export.json", wantMeta{title: "xAifTestFile_ova3_export", authors: []string{"Jacky Visser"}}},
		// An empty OVA url is no source; two nodes have OVA times.
		{"ova3-dialects/xaif_small.json", wantMeta{title: "xaif_small", authors: []string{"Anon User"}, created: "2021-11-11 21:50:00", modified: "2021-11-11 21:50:01"}},
	} {
		t.Run(tc.rel, func(t *testing.T) {
			t.Parallel()
			checkMeta(t, filepath.ToSlash(filepath.Join("corpus/aif-json", tc.rel)), tc.want)
		})
	}
}

func TestFileTitle(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ path, want string }{
		{"/a/b/nodeset25045.json", "nodeset25045"},
		{"x.AIF.JSON", "x"},
		{"map.aif.json", "map"},
		{"noext", "noext"},
		{"found-by-content.txt", "found-by-content"},
		{"a.b.c", "a.b"},
		{".hidden", ".hidden"},
		{".json", ".json"}, // the extension alone is the whole name
		{"-", ""},
		{"", ""},
		{"/a/b\xff.json", "b\uFFFD"},
	} {
		if got := fileTitle(tc.path, ".aif.json", ".json"); got != tc.want {
			t.Errorf("fileTitle(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}

// TestArgdownMeta: an Argdown file's front matter gives the map its
// title, with the subtitle (subTitle or subtitle) that used to be
// dropped joined to it, its authors, and its date as the creation date
// (dropped before too).
func TestArgdownMeta(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		rel  string
		want wantMeta
	}{
		{"semmelweis_betz.argdown", wantMeta{
			title:   "A Stylized Reconstruction of the Scientific Debate That led Ignaz Semmelweis to Understand Childbed Fever",
			authors: []string{"Gregor Betz"}, created: "2018-10-19 00:00:00"}},
		{"greenspan-schefczyk_hardwrap.argdown", wantMeta{
			title:   "Why the Fed didn't Intervene to Prevent the 2008 Financial Crisis: An Analysis of Alan Greenspan's Arguments",
			authors: []string{"Michael Schefczyk (argument analysis)", "Gregor Betz (adaptation to Argdown)"}, created: "2018-10-19 00:00:00"}},
		{"legalisation-softdrugs.argdown", wantMeta{
			title:   "Pros and Cons Legalisation of Soft Drugs: A Simple Analysis",
			authors: []string{"Gregor Betz (adaptation to Argdown)"}, created: "2018-10-22 00:00:00"}},
		{"demo.argdown", wantMeta{title: "Demo of ArgVu ligatures: First, we have nice frontmatter lines..."}},
		// No front matter: the file's name is the title.
		{"argdown-primer.argdown", wantMeta{title: "argdown-primer"}},
	} {
		t.Run(tc.rel, func(t *testing.T) {
			t.Parallel()
			checkMeta(t, "corpus/argdown/source/"+tc.rel, tc.want)
		})
	}
}

// TestAFMeta: an ICCMA framework names no title, so the map read from a
// file is titled with the file's name, whichever of the three forms.
func TestAFMeta(t *testing.T) {
	t.Parallel()
	for rel, title := range map[string]string{
		"admbuster_1000.af":      "admbuster_1000",
		"A-1-admbuster_1000.apx": "A-1-admbuster_1000",
		"A-1-admbuster_1000.tgf": "A-1-admbuster_1000",
		"test.i23":               "test",
	} {
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			checkMeta(t, "corpus/af-iccma/instances/"+rel, wantMeta{title: title})
		})
	}
}

// TestCarneadesMeta: a CAES file's meta gives the title (the file's name
// where it has none) and the source, followed by its note marked as one:
// a note ("Need to revise this example…") used to stand as the source.
func TestCarneadesMeta(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		rel  string
		want wantMeta
	}{
		{"tweety.yml", wantMeta{title: "The Classic Tweety Example",
			source: "Note: Need to revise this example to use a scheme which orders arguments by specificity. The example currently only illustrates undercutters."}},
		{"caminada1.yml", wantMeta{title: "caminada1",
			source: "Martin Caminada — Note: Used by Caminada to illustrate his rationality postulates."}},
		{"legalization-of-marijuana.yml", wantMeta{title: "Legalization of Marijuana",
			source: "http://www.nytimes.com/2014/08/01/opinion/Legalizing-Marijuana-Pros-and-Cons.html?_r=0#addenda http://www.dbp.idebate.org/en/index.php/Debate:_Legalization_of_Marijuana#Pro.2Fcon_resources — Note: A reconstruction of arguments about the pros and cons of legalizing marijuana"}},
	} {
		t.Run(tc.rel, func(t *testing.T) {
			t.Parallel()
			checkMeta(t, "corpus/other/carneades/caes-yaml/"+tc.rel, tc.want)
		})
	}
}

// TestKialoMeta: a Kialo export's title line is the map's title, a CRLF
// file's too; the export names no author, date or address.
func TestKialoMeta(t *testing.T) {
	t.Parallel()
	for rel, title := range map[string]string{
		"can-religious-faith-and-science-coexist.txt": "Can Religious Faith and Science Co-exist?",
		"should-hate-speech-be-illegal-6148.txt":      "Should hate speech be illegal?", // CRLF
	} {
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			checkMeta(t, "corpus/other/kialo/"+rel, wantMeta{title: title, source: "Kialo discussion export"})
		})
	}
}

// TestMicrotextsMeta: an arggraph's topic is the map's title (its ID where
// it has none, as in the Carneades copy), its ID and stance the source.
func TestMicrotextsMeta(t *testing.T) {
	t.Parallel()
	for rel, want := range map[string]wantMeta{
		"microtexts-arggraph/en/micro_b001.xml": {title: "waste separation", source: "arg-microtexts micro_b001, stance pro"},
		"carneades/agxml/micro_b001.xml":        {title: "micro_b001", source: "arg-microtexts micro_b001"},
	} {
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			checkMeta(t, "corpus/other/"+rel, want)
		})
	}
}
