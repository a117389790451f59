package suggest_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/suggest"
	"github.com/argmap/argmap/internal/shared"
)

// rel writes a proposed relation as "from -> to" (support), "from -x to"
// (attack) or "from -x [a -x b]" (an undercut of the relation in
// brackets), each end by its first word.
func rels(text string, r *suggest.Result) []string {
	name := func(i int) string { return firstWord(r.Claims[i].Text) }
	var out []string
	var show func(k int) string
	show = func(k int) string {
		rel := r.Relations[k]
		arrow := " -> "
		if rel.Attack {
			arrow = " -x "
		}
		to := ""
		if rel.Undercut {
			to = "[" + show(rel.To) + "]"
		} else {
			to = name(rel.To)
		}
		return name(rel.From) + arrow + to
	}
	for k := range r.Relations {
		out = append(out, show(k))
	}
	return out
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return strings.Trim(w, ",.;")
}

func passages(text string, r *suggest.Result) []string {
	var out []string
	for _, c := range r.Claims {
		out = append(out, text[c.Offset:c.Offset+c.Length])
	}
	return out
}

func TestSegments(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"sentences", "Taxes must fall. People spend more! Does it help? Yes it does.",
			[]string{"Taxes must fall.", "People spend more!", "Does it help?", "Yes it does."}},
		{"abbreviations and initials", "The U.S. threatens its allies. Dr. J. Smith said so.",
			[]string{"The U.S. threatens its allies.", "Dr. J. Smith said so."}},
		{"a lower-case word after a stop", "It costs 3.5 million, i.e. too much for the town.",
			[]string{"It costs 3.5 million, i.e. too much for the town."}},
		{"because splits without a comma", "Fines should rise because dog owners ignore the rules.",
			[]string{"Fines should rise", "because dog owners ignore the rules."}},
		{"because of is no marker", "Fines should rise because of the dirt on the pavements.",
			[]string{"Fines should rise because of the dirt on the pavements."}},
		{"since after a comma", "Treatments should be paid for, since they can cure an illness.",
			[]string{"Treatments should be paid for,", "since they can cure an illness."}},
		{"as well as is no marker", "The plan helps tenants as well as owners in the city.",
			[]string{"The plan helps tenants as well as owners in the city."}},
		{"as before a clause", "I find the plan right for the city, as the area is central.",
			[]string{"I find the plan right for the city,", "as the area is central."}},
		{"since X, Y", "Since the area belongs to the state, it could be used for housing.",
			[]string{"Since the area belongs to the state,", "it could be used for housing."}},
		{"although X, Y", "Although the work is getting heavier, the age should not remain at 63.",
			[]string{"Although the work is getting heavier,", "the age should not remain at 63."}},
		{"but, not but also", "Sure, others work on weekends, but they have days off. Not only taxes but also fees rise here.",
			[]string{"Sure, others work on weekends,", "but they have days off.", "Not only taxes but also fees rise here."}},
		{"a set-off however stays in its clause", "Other forms that, however, have fewer effects are better.",
			[]string{"Other forms that, however, have fewer effects are better."}},
		{"and before a clause, not in a list", "Japan, Korea, Australia and New Zealand joined, and they agreed on it.",
			[]string{"Japan, Korea, Australia and New Zealand joined,", "and they agreed on it."}},
		{"semicolon", "Services must be regulated; this should be clear to everyone.",
			[]string{"Services must be regulated;", "this should be clear to everyone."}},
		{"lines and headings", "Analysis\n\nThe West is divided. Its plans fail.\nPaylaş\n",
			[]string{"The West is divided.", "Its plans fail."}},
		{"a footnote mark ends with its sentence", "It added a new meaning to it.[i] In recent years, Russia is unsettled.",
			[]string{"It added a new meaning to it.[i]", "In recent years, Russia is unsettled."}},
		{"a stop after a bracket, no space", "India sits in the Quad (a security dialogue).The choices of India matter.",
			[]string{"India sits in the Quad (a security dialogue).", "The choices of India matter."}},
		{"too short to split", "Do it, because so.", []string{"Do it, because so."}},
		{"typographic apostrophe", "That’s why we should act now.", []string{"That’s why we should act now."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := passages(tc.text, suggest.Text(tc.text))
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestRelations(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text string
		main       string // first word of the main claim
		want       []string
	}{
		{"because supports the clause before", "We should act because time runs out. Costs rise too.",
			"We", []string{"Time -> We", "Costs -> We"}}, // the card without its "because"
		{"therefore: the one before supports it, and it is the main claim",
			"Dog dirt distracts drivers. That's why it must be punished.",
			"It", []string{"Dog -> It"}},
		{"concession and its answer: an undercut",
			"Fines must rise. Granted, owners are rarely caught, but once they pay they learn.",
			"Fines", []string{"Granted -x Fines", "Once -x [Granted -x Fines]"}},
		{"a but-clause makes what it answers a concession",
			"Uniforms should be worn. They cost money, but they prevent bullying.",
			"Uniforms", []string{"They -x Uniforms", "They -x [They -x Uniforms]"}},
		{"since X, Y: X supports Y", "Housing is short. Since the land is public, it could be used for housing.",
			"Housing", []string{"The -> It", "It -> Housing"}},
		{"a floating however objects", "The airport should stay. It is an asset. The noise however is considerable.",
			"The", []string{"It -> The", "The -x The"}},
		{"for example supports the one before; the thesis is what should be done",
			"Bailouts are costly. For instance, one bank cost billions. We should stop them.",
			"We", []string{"Bailouts -> We", "One -> Bailouts"}},
		{"each paragraph argues for its own main claim", "Taxes must fall. Growth needs it.\nSchools need money. Teachers are few.",
			"Taxes", []string{"Growth -> Taxes", "Teachers -> Schools"}},
		{"a conclusion after an answered concession leaves the undercut",
			"Granted, officers rarely catch anyone, but once owners pay they learn. That's why the town must act.",
			"The", []string{"Granted -x The", "Once -x [Granted -x The]"}},
		{"a however in the second word opens its clause",
			"Only viewers should pay. Good programmes cost money. Curiously, however, there are adverts.",
			"Only", []string{"Good -x Only", "Curiously -x [Good -x Only]"}},
		{"a concession carries over the clauses that go on with it",
			"Rents must be capped. Landlords may want profit, and many tenants would pay more, but people lose their homes.",
			"Rents", []string{"Landlords -x Rents", "Many -x Rents", "People -x [Many -x Rents]"}},
		{"X, although Y: Y is granted against X",
			"Tom should leave the team. He rarely comes to training, although he plays very well.",
			"Tom", []string{"He -> Tom", "Although -x He"}},
		{"in short states the main claim", "Costs rise. Wages fall. In short, the reform failed.",
			"The", []string{"Costs -> The", "Wages -> The"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := suggest.Text(tc.text)
			if got := rels(tc.text, r); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("relations %q, want %q", got, tc.want)
			}
			if len(r.Claims) == 0 || !r.Claims[mainIndex(r)].Main || firstWord(r.Claims[mainIndex(r)].Text) != tc.main {
				t.Errorf("main claim %q, want one starting %q", r.Claims[mainIndex(r)].Text, tc.main)
			}
		})
	}
}

func mainIndex(r *suggest.Result) int {
	for i, c := range r.Claims {
		if c.Main {
			return i
		}
	}
	return 0
}

// TestAnchorsHold: every proposal's anchor finds its passage in place, and
// again after the text was edited before it.
func TestAnchorsHold(t *testing.T) {
	t.Parallel()
	text := loadArticle(t)
	r := suggest.Text(text)
	if len(r.Claims) < 50 {
		t.Fatalf("%d claims from the article, want dozens", len(r.Claims))
	}
	src := argmap.NewID()
	claims, _ := r.Map(argmaptest.IDs(t.Name()), src, text, time.Time{})
	edited := "A new first line.\n\n" + text
	for _, c := range claims {
		if res := anchor.Resolve(text, *c.Anchor); res.Status != anchor.OK {
			t.Fatalf("claim %q: anchor %v in the text it came from", c.Text, res.Status)
		}
		if res := anchor.Resolve(edited, *c.Anchor); res.Status == anchor.Broken || res.Offset != c.Anchor.Offset+len("A new first line.\n\n") {
			t.Fatalf("claim %q: anchor %v at %d after an edit before it", c.Text, res.Status, res.Offset)
		}
		if !utf8.ValidString(c.Anchor.Quote) || c.Anchor.Hash != anchor.Hash(c.Anchor.Quote) {
			t.Fatalf("claim %q: quote and hash disagree", c.Text)
		}
	}
}

// TestRange: a selection gets proposals from its own sentences only, with
// offsets in the whole text; out-of-range selections are clamped.
func TestRange(t *testing.T) {
	t.Parallel()
	text := "Taxes must fall. Growth needs it. Schools need money because teachers are few. Parks are nice."
	from := strings.Index(text, "Schools")
	to := strings.Index(text, " Parks")
	r := suggest.Range(text, from, to-from)
	if got, want := fmt.Sprint(passages(text, r)), fmt.Sprint([]string{"Schools need money", "because teachers are few."}); got != want {
		t.Errorf("passages %s, want %s", got, want)
	}
	for _, tc := range []struct{ off, n int }{{-5, 10}, {len(text) - 3, 1 << 40}, {1 << 40, 5}, {3, -7}} {
		for _, c := range suggest.Range(text, tc.off, tc.n).Claims {
			if c.Offset < 0 || c.Offset+c.Length > len(text) {
				t.Errorf("Range(%d, %d): claim at %d+%d outside the text", tc.off, tc.n, c.Offset, c.Length)
			}
		}
	}
	// A selection that starts inside a character starts at it.
	text = "Écoles need money because teachers are few."
	r = suggest.Range(text, 1, len(text))
	if len(r.Claims) == 0 || r.Claims[0].Offset != 0 {
		t.Errorf("a selection from inside É: %+v", r.Claims)
	}
}

// TestEdit: the proposals go into a map as suggestions, one undoable step:
// a valid map, every claim and argument pending, the evaluation of the
// map as a person accepted it unchanged; undo restores the map.
func TestEdit(t *testing.T) {
	t.Parallel()
	text := loadArticle(t)
	m := argmap.New("article")
	src := &argmap.Source{ID: argmap.NewID(), Name: "article.txt", Path: "article.txt", Hash: anchor.Hash(text)}
	m.Sources = append(m.Sources, src)
	h := argmap.NewHistory(m)
	r := suggest.Text(text)
	ed, ids := r.Edit(argmaptest.IDs(t.Name()), src.ID, text, time.Date(2026, 12, 1, 23, 0, 0, 0, time.UTC), argmap.Point{})
	if len(ids) != len(r.Claims) || h.Do(ed) != nil || m.Claim(ids[0]) == nil {
		t.Fatalf("%d claim IDs for %d claims, or the edit failed", len(ids), len(r.Claims))
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatalf("invalid map: %v", ps.Err())
	}
	if len(m.Claims) != len(r.Claims) || len(m.Arguments) != len(r.Relations) {
		t.Fatalf("%d claims, %d arguments; want %d, %d", len(m.Claims), len(m.Arguments), len(r.Claims), len(r.Relations))
	}
	if got := len(m.PendingBy(suggest.By)); got != len(r.Claims)+len(r.Relations) {
		t.Errorf("%d pending by %s, want every claim and argument", got, suggest.By)
	}
	if acc := m.Accepted(); len(acc.Claims) != 0 || len(acc.Arguments) != 0 {
		t.Errorf("the accepted map has %d claims, %d arguments; want none", len(acc.Claims), len(acc.Arguments))
	}
	for _, c := range m.Claims {
		if c.Anchor == nil || c.Anchor.Source != src.ID {
			t.Fatalf("claim %q not anchored in the source", c.Text)
		}
	}
	if h.UndoLabel() == "" || !h.Undo() || len(m.Claims) != 0 || len(m.Arguments) != 0 {
		t.Errorf("undo left %d claims, %d arguments", len(m.Claims), len(m.Arguments))
	}
}

func loadArticle(t testing.TB) string {
	data, err := os.ReadFile(shared.Path(t, "source/article.txt"))
	if err != nil {
		t.Fatalf("the sample article: %v", err)
	}
	return string(data)
}

// generated is a deterministic argumentative text of about n words, made
// of sentences with and without markers.
func generated(n int) string {
	parts := []string{
		"Taxes on sugar should rise",
		"because children eat too much of it",
		"Granted, some families cannot pay more",
		"but the money can go back to them",
		"Therefore the town must act now",
		"Moreover, dentists support the plan",
		"For example, Mexico cut consumption by a tenth",
		"However, the industry disagrees",
		"Although prices rise, people still buy sweets",
		"In short, a tax is the right measure",
		"As a matter of fact, most parents agree",
		"Since the law passed, sales fell",
	}
	var b strings.Builder
	seed := uint32(1)
	words := 0
	for words < n {
		seed = seed*1664525 + 1013904223
		p := parts[seed>>28%uint32(len(parts))]
		b.WriteString(p)
		if seed&0x100 != 0 {
			b.WriteString(", and it was so. ")
		} else {
			b.WriteString(". ")
		}
		if seed&0xF000 == 0 {
			b.WriteString("\n\n")
		}
		words += strings.Count(p, " ") + 1
	}
	return b.String()
}

// BenchmarkText: a 10,000-word text, and ten times as much (the ratio of
// the two shows the time is linear).
func BenchmarkText(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		text := generated(n)
		b.Run(fmt.Sprintf("words=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				suggest.Text(text)
			}
		})
	}
}

// BenchmarkArticle: the sample article repeated to over 10,000 words.
func BenchmarkArticle(b *testing.B) {
	one := loadArticle(b)
	text := strings.Repeat(one+"\n", 10_000/len(strings.Fields(one))+1)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		suggest.Text(text)
	}
}

// FuzzText: on any text and selection, the proposals lie in the text at
// whole characters, every relation's ends exist, and they make a valid
// map (no claim concludes itself, no undercut aims round in a loop).
func FuzzText(f *testing.F) {
	f.Add("Fines must rise. Granted, owners are rarely caught, but once they pay they learn.", 0, 200)
	f.Add("Since X is so, Y; because Z, and W. Therefore V! However U.", 3, 30)
	f.Add("É ; , but because — and, so that\n\nalthough, however, yes", -1, 1<<30)
	f.Fuzz(func(t *testing.T, text string, off, n int) {
		if len(text) > 16<<10 {
			t.Skip("larger than the fuzzer needs")
		}
		r := suggest.Range(text, off, n)
		for _, c := range r.Claims {
			if c.Offset < 0 || c.Length <= 0 || c.Offset+c.Length > len(text) {
				t.Fatalf("claim at %d+%d outside the text", c.Offset, c.Length)
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[c.Offset:c.Offset+c.Length]) {
				t.Fatalf("claim at %d+%d splits a character", c.Offset, c.Length)
			}
		}
		for _, rel := range r.Relations {
			limit := len(r.Claims)
			if rel.Undercut {
				limit = len(r.Relations)
			}
			if rel.From < 0 || rel.From >= len(r.Claims) || rel.To < 0 || rel.To >= limit {
				t.Fatalf("relation %+v out of range", rel)
			}
		}
		if !utf8.ValidString(text) {
			return // a map holds UTF-8 text only
		}
		m := argmap.New("fuzz")
		ed, _ := r.Edit(nil, argmap.NilID, text, time.Time{}, argmap.Point{})
		if err := argmap.NewHistory(m).Do(ed); err != nil {
			t.Fatal(err)
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Fatalf("invalid map: %v", ps.Err())
		}
	})
}

// TestHostileTexts: texts made of what the reader looks back or ahead
// at (runs of dots, initials, markers without words between them), 256 KB
// each, read in one pass: a reader quadratic in them would take minutes
// here, not the milliseconds this takes. Their proposals stay in the text.
func TestHostileTexts(t *testing.T) {
	t.Parallel()
	for _, unit := range []string{"a.", ".", "A. ", "but ", ", and ", "because, ", "x;", "Since a, b, c. ", "\u201d.", "however "} {
		text := strings.Repeat(unit, (256<<10)/len(unit))
		for _, c := range suggest.Text(text).Claims {
			if c.Offset < 0 || c.Offset+c.Length > len(text) {
				t.Fatalf("%q: a claim outside the text", unit)
			}
		}
	}
}

// TestWithout: leaving claims out drops the relations from and to them
// and the undercuts of those, and renumbers the rest.
func TestWithout(t *testing.T) {
	t.Parallel()
	text := "Fines must rise. Granted, owners are rarely caught, but once they pay they learn. Streets get cleaner."
	r := suggest.Text(text)
	if got := rels(text, r); fmt.Sprint(got) != fmt.Sprint([]string{"Granted -x Fines", "Once -x [Granted -x Fines]", "Streets -> Fines"}) {
		t.Fatalf("relations %q", got)
	}
	for _, tc := range []struct {
		drop string // first word of the claim left out
		want []string
	}{
		{"Granted", []string{"Streets -> Fines"}},
		{"Fines", nil},
		{"Once", []string{"Granted -x Fines", "Streets -> Fines"}},
		{"None", []string{"Granted -x Fines", "Once -x [Granted -x Fines]", "Streets -> Fines"}},
	} {
		w := r.Without(func(c suggest.Claim) bool { return firstWord(c.Text) == tc.drop })
		if got := rels(text, w); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("without %s: %q, want %q", tc.drop, got, tc.want)
		}
	}
}
