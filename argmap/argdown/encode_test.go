package argdown

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// sampleMap builds a small map with every kind of argument Encode writes:
// linked pro premises, bare pro and con relations, a linked con argument,
// an undercutter and a support of an inference, with tags, a scheme, an
// argument description and Turkish and Cyrillic text.
func sampleMap(t testing.TB) *argmap.Map {
	t.Helper()
	b := argmaptest.NewBuilder("argdown-sample", "Türkçe: İstanbul ğüşıöç")
	claim := func(text string, tags ...string) argmap.ID { return b.Claim(text, argmaptest.Tags(tags...)) }
	main := claim("Türkçe: İstanbul ğüşıöç", "thesis")
	p1 := claim("Русский: Россия и Индия")
	p2 := claim("Prices [in 2008] rose by 10% #not-a-tag {not data} // no comment", "multi word tag")
	obj := claim("An objection <with> brackets\\ and a backslash")
	reb := claim("A rebuttal")
	uc1 := claim("The step does not follow")
	uc2 := claim("Because of /* this */ and that")
	sup := claim("A support of the inference")
	linked := b.Arg(argmap.Pro, main, p1, p2)
	linked.Scheme = "Modus ponens, (twice)"
	linked.Tags = []string{"basic"}
	linked.Comments = []argmap.Comment{{ID: b.ID(), Text: "<Linked Argument>: Both premises together."}}
	b.Con(main, obj)
	b.Pro(obj, reb)
	b.Con(linked.ID, uc1, uc2)
	b.Pro(linked.ID, sup)
	b.Con(obj, reb, uc1)
	m := b.Map()
	m.Meta.Authors = []string{"Русский: Россия и Индия", "Ann \"Q\" Lee"}
	return m
}

// TestEncodeGolden compares Encode's output for the sample map with
// testdata/sample.argdown (go test -update rewrites it).
func TestEncodeGolden(t *testing.T) {
	t.Parallel()
	got, err := Encode(sampleMap(t))
	if err != nil {
		t.Fatal(err)
	}
	argmaptest.Golden(t, filepath.Join("testdata", "sample.argdown"), got)
}

// roundTrip encodes and decodes m and reports any difference of structure.
func roundTrip(t *testing.T, m *argmap.Map) *argmap.Map {
	t.Helper()
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(out)
	if err != nil {
		t.Fatalf("re-import: %v\n%s", err, out)
	}
	if err := argmap.Validate(back).Err(); err != nil {
		t.Fatalf("re-import does not validate: %v", err)
	}
	want, got := shape(m), shape(back)
	if !slices.Equal(want, got) {
		t.Errorf("round trip changed the structure:\nwant %s\ngot  %s\nArgdown:\n%s", strings.Join(want, "\n     "), strings.Join(got, "\n     "), out)
	}
	if back.Meta.Title != m.Meta.Title || !slices.Equal(back.Meta.Authors, m.Meta.Authors) {
		t.Errorf("meta: got %q %q, want %q %q", back.Meta.Title, back.Meta.Authors, m.Meta.Title, m.Meta.Authors)
	}
	return back
}

func TestRoundTripSample(t *testing.T) {
	t.Parallel()
	m := sampleMap(t)
	back := roundTrip(t, m)
	// The description, the scheme and the tags of the linked argument
	// survive; so does its title.
	var linked *argmap.Argument
	for _, a := range back.Arguments {
		if len(a.Premises) == 2 && a.Polarity == argmap.Pro {
			linked = a
		}
	}
	if linked == nil || linked.Scheme != "Modus ponens, (twice)" || !slices.Equal(linked.Tags, []string{"basic"}) ||
		len(linked.Comments) != 1 || linked.Comments[0].Text != "<Linked Argument>: Both premises together." {
		t.Errorf("linked argument lost its annotations: %+v", linked)
	}
}

// TestUnicodeSurvives: Turkish and Cyrillic text come through import and
// export byte for byte.
func TestUnicodeSurvives(t *testing.T) {
	t.Parallel()
	const tr, ru = "Türkçe: İstanbul ğüşıöç", "Русский: Россия и Индия"
	src := "===\ntitle: " + tr + "\nauthor: " + ru + "\n===\n\n[" + tr + "]: " + ru + " #" + "Индия" + "\n  + " + tr + "\n  - [" + ru + "]: " + ru + "\n"
	m, err := Decode([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if m.Meta.Title != tr || !slices.Equal(m.Meta.Authors, []string{ru}) {
		t.Errorf("meta: %q %q", m.Meta.Title, m.Meta.Authors)
	}
	texts := []string{m.Claims[0].Text, m.Claims[1].Text, m.Claims[2].Text}
	if !slices.Equal(texts, []string{ru, tr, ru}) || !slices.Equal(m.Claims[0].Tags, []string{"Индия"}) {
		t.Errorf("import: texts %q, tags %q", texts, m.Claims[0].Tags)
	}
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(tr)) || !bytes.Contains(out, []byte(ru)) {
		t.Errorf("export lost the text:\n%s", out)
	}
	roundTrip(t, m)
}

// TestRoundTripCorpus: every corpus file, imported, exported and imported
// again, keeps its claims and inferences.
func TestRoundTripCorpus(t *testing.T) {
	t.Parallel()
	for _, f := range corpusFiles(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			roundTrip(t, m)
		})
	}
}

func TestEncodeRefusesDanglingReferences(t *testing.T) {
	t.Parallel()
	m := argmap.New("x")
	c := &argmap.Claim{ID: argmap.NewID(), Text: "c"}
	m.Claims = []*argmap.Claim{c}
	m.Arguments = []*argmap.Argument{{ID: argmap.NewID(), Premises: []argmap.ID{argmap.NewID()}, Target: c.ID, Polarity: argmap.Pro}}
	m.Reindex()
	if _, err := Encode(m); err == nil || !strings.Contains(err.Error(), "arguments[0].premises[0]") {
		t.Errorf("err = %v, want one naming arguments[0].premises[0]", err)
	}
}

// TestEncodeEscapesForArgdown (issue 14 item 7): texts with _ and * that
// would open an italic range Argdown cannot close are escaped, balanced
// markup and Markdown links stay as they are, and every text reads back
// the same.
func TestEncodeEscapesForArgdown(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want string // what Encode writes for the text
	}{
		{"snake_case words", `snake\_case words`},
		{"see https://x.org/a_b_c", `see https:\//x.org/a\_b\_c`},
		{"2*3 is six", `2\*3 is six`},
		{"**Note: no end", `\*\*Note: no end`},
		{"**bold** and _italic_ stay", "**bold** and _italic_ stay"},
		{"a [link](https://x.org/a_b) stays", "a [link](https://x.org/a_b) stays"},
		{"[not a link] here", `\[not a link] here`},
		{"x _y", `x \_y`},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			m := argmap.New("")
			m.Claims = []*argmap.Claim{{ID: argmap.NewID(), Text: tt.text}}
			m.Reindex()
			out, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), "]: "+tt.want+"\n") {
				t.Errorf("Encode wrote\n%s\nwant the text as %s", out, tt.want)
			}
			back, err := Decode(out)
			if err != nil {
				t.Fatal(err)
			}
			if got := back.Claims[0].Text; got != tt.text {
				t.Errorf("read back %q, want %q", got, tt.text)
			}
		})
	}
}

// TestRoundTripKeepsDuplicates (item 8): two arguments saying the same,
// bare or with a scheme, pro or con, come back as two.
func TestRoundTripKeepsDuplicates(t *testing.T) {
	t.Parallel()
	b := argmaptest.NewBuilder(t.Name(), "")
	tgt, p, q := b.Claim("target"), b.Claim("premise"), b.Claim("objection")
	m := b.Map()
	for _, a := range []*argmap.Argument{
		{Premises: []argmap.ID{p}, Target: tgt, Polarity: argmap.Pro},
		{Premises: []argmap.ID{p}, Target: tgt, Polarity: argmap.Pro},
		{Premises: []argmap.ID{p}, Target: tgt, Polarity: argmap.Pro, Scheme: "rephrase"},
		{Premises: []argmap.ID{p}, Target: tgt, Polarity: argmap.Pro, Scheme: "rephrase"},
		{Premises: []argmap.ID{q}, Target: tgt, Polarity: argmap.Con},
		{Premises: []argmap.ID{q}, Target: tgt, Polarity: argmap.Con},
	} {
		a.ID = b.ID()
		m.Arguments = append(m.Arguments, a)
	}
	m.Reindex()
	back := roundTrip(t, m)
	if len(back.Arguments) != 6 {
		t.Errorf("%d arguments back, want 6", len(back.Arguments))
	}
}

// TestRoundTripKeepsTitlesAndData (item 9): statement titles and data
// blocks of an Argdown file come back in the export.
func TestRoundTripKeepsTitlesAndData(t *testing.T) {
	t.Parallel()
	src := "[Main Thesis]: Taxes should rise. {credence: 0.8}\n  + [Why]: Schools need money. #money\n\n[Schools need money]: Another one.\n"
	m, err := Decode([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	out, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"[Main Thesis]: Taxes should rise. {credence: 0.8}\n", "[Why]: Schools need money. #money\n", "[Schools need money]: Another one.\n", "<+ [Why]"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("export lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "Argdown statement") {
		t.Errorf("the comment that keeps the title is written as a comment:\n%s", out)
	}
	roundTrip(t, m)
}
