package anchor

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/argmap/argmap/argmap"
	"github.com/google/uuid"
)

var src = uuid.MustParse("00000000-0000-0000-0000-000000000001")

const base = "Opening words of a small essay.\n\n" +
	"The river rises in the hills and runs west to the sea. It floods every spring.\n\n" +
	"Farmers welcome the flood, for it brings silt to the fields. Engineers fear it.\n"

// anchorOn anchors the first occurrence of passage in text.
func anchorOn(t *testing.T, text, passage string) argmap.Anchor {
	t.Helper()
	i := strings.Index(text, passage)
	if i < 0 {
		t.Fatalf("%q not in the text", passage)
	}
	return NewAnchor(src, text, i, len(passage))
}

func hashOnly(a argmap.Anchor) argmap.Anchor {
	a.Quote, a.Before, a.After = "", "", ""
	return a
}

func TestNewAnchor(t *testing.T) {
	t.Parallel()
	a := anchorOn(t, base, "It floods every spring.")
	if a.Paragraph != "¶2" || a.Quote != "It floods every spring." || a.Source != src {
		t.Errorf("anchor %+v", a)
	}
	if a.Before != "hills and runs west to the sea. " || !strings.HasPrefix(a.After, "\n\nFarmers welcome") || len(a.After) != ContextLen {
		t.Errorf("context %q / %q", a.Before, a.After)
	}
	if a.Hash != Hash(a.Quote) || len(a.Hash) != 64 {
		t.Errorf("hash %q", a.Hash)
	}
	// Out-of-range and mid-character spans are clamped and widened, never a panic.
	for _, c := range []struct{ off, n int }{{-5, 3}, {len(base) - 2, 99}, {9999, 1}, {3, -4}} {
		a := NewAnchor(src, base, c.off, c.n)
		if a.Offset < 0 || a.Offset+a.Length > len(base) || a.Quote != base[a.Offset:a.Offset+a.Length] {
			t.Errorf("NewAnchor(%d, %d) = %+v", c.off, c.n, a)
		}
	}
	u := "Ça va? Très bien."
	if a := NewAnchor(src, u, 1, 1); a.Quote != "Ç" {
		t.Errorf("mid-rune anchor quote %q, want the whole character", a.Quote)
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	passage := "It floods every spring."
	repeated := "Call me. Then wait here. Call me. Later, we leave."
	tests := []struct {
		name    string
		orig    string // the text the anchor was made on
		pass    string // the passage anchored (its first occurrence, or nth below)
		nth     int    // which occurrence of pass in orig (0-based)
		hash    bool   // anchor by hash only, as the sample does
		hashCtx bool   // anchor by hash and context, without the quote
		edited  string // the text now
		want    Status
		how     string
		at      string // the passage expected at the result's place ("" when broken)
		atNth   int
	}{
		{name: "unchanged", orig: base, pass: passage, edited: base, want: OK, how: InPlace, at: passage},
		{name: "insertion before", orig: base, pass: passage,
			edited: "A new first line.\n\n" + base, want: Moved, how: Exact, at: passage},
		{name: "deletion before", orig: base, pass: passage,
			edited: strings.Replace(base, "Opening words of a small essay.\n\n", "", 1), want: Moved, how: Exact, at: passage},
		{name: "insertion after", orig: base, pass: passage,
			edited: base + "\nA postscript.\n", want: OK, how: InPlace, at: passage},
		{name: "small edit inside", orig: base, pass: passage,
			edited: strings.Replace(base, "It floods every spring.", "It floods each spring.", 1),
			want:   Moved, how: Fuzzy, at: "It floods each spring."},
		{name: "edit inside and insertion before", orig: base, pass: "The river rises in the hills and runs west to the sea.",
			edited: "Preface.\n\n" + strings.Replace(base, "runs west to the sea", "runs westward to the ocean", 1),
			want:   Moved, how: Fuzzy, at: "The river rises in the hills and runs westward to the ocean."},
		{name: "deletion of the passage", orig: base, pass: passage,
			edited: strings.Replace(base, " It floods every spring.", "", 1), want: Broken, how: NoMatch},
		{name: "rewritten beyond recognition", orig: base, pass: passage,
			edited: strings.Replace(base, "It floods every spring.", "Each April the banks give way.", 1), want: Broken, how: NoMatch},
		{name: "repeated passage, second, by context", orig: repeated, pass: "Call me.", nth: 1,
			edited: "Oh. " + repeated, want: Moved, how: Context, at: "Call me.", atNth: 1},
		{name: "repeated passage, first, by context", orig: repeated, pass: "Call me.", nth: 0,
			edited: "Oh. " + repeated, want: Moved, how: Context, at: "Call me.", atNth: 0},
		{name: "repeated passage, one removed", orig: repeated, pass: "Call me.", nth: 1,
			edited: strings.Replace(repeated, "Call me. Then", "Then", 1), want: Moved, how: Exact, at: "Call me.", atNth: 0},
		{name: "small edit at the start", orig: base, pass: passage,
			edited: strings.Replace(base, "It floods every", "Its floods every", 1),
			want:   Moved, how: Fuzzy, at: "Its floods every spring."},
		{name: "small edit at the end", orig: base, pass: passage,
			edited: strings.Replace(base, "every spring.", "every spring!", 1),
			want:   Moved, how: Fuzzy, at: "It floods every spring!"},
		{name: "word inserted inside", orig: base, pass: passage,
			edited: strings.Replace(base, "It floods every", "It floods in every", 1),
			want:   Moved, how: Fuzzy, at: "It floods in every spring."},
		{name: "hash only, unchanged", orig: base, pass: passage, hash: true, edited: base, want: OK, how: InPlace, at: passage},
		{name: "hash only, insertion before", orig: base, pass: passage, hash: true,
			edited: "A new first line.\n\n" + base, want: Moved, how: ByHash, at: passage},
		{name: "hash only, not a sentence start", orig: base, pass: "floods every spring", hash: true,
			edited: "More.\n\n" + base, want: Moved, how: ByHash, at: "floods every spring"},
		{name: "hash only, repeated, by context", orig: repeated, pass: "Call me.", nth: 1, hashCtx: true,
			edited: "Oh. " + repeated, want: Moved, how: ByHash, at: "Call me.", atNth: 1},
		{name: "hash only, small edit inside", orig: base, pass: passage, hash: true,
			edited: strings.Replace(base, "every", "each", 1), want: Broken, how: NoMatch},
		{name: "hash only, text too short", orig: base, pass: passage, hash: true, edited: "Short.", want: Broken, how: TooLong},
		{name: "empty text", orig: base, pass: passage, edited: "", want: Broken, how: NoMatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			off := nthIndex(tc.orig, tc.pass, tc.nth)
			if off < 0 {
				t.Fatalf("occurrence %d of %q not in the original", tc.nth, tc.pass)
			}
			a := NewAnchor(src, tc.orig, off, len(tc.pass))
			if tc.hash {
				a = hashOnly(a)
			}
			if tc.hashCtx {
				a.Quote = ""
			}
			r := Resolve(tc.edited, a)
			if r.Status != tc.want || r.How != tc.how {
				t.Fatalf("Resolve = %+v, want %s (%s)", r, tc.want, tc.how)
			}
			if tc.want == Broken {
				if r.Offset != a.Offset || r.Length != a.Length || r.Similarity != 0 {
					t.Errorf("a broken result moved the anchor: %+v", r)
				}
				if b := r.Apply(tc.edited, a); b != a {
					t.Errorf("Apply of a broken result changed the anchor")
				}
				return
			}
			if want := nthIndex(tc.edited, tc.at, tc.atNth); r.Offset != want || r.Length != len(tc.at) {
				t.Errorf("found [%d+%d] %q, want [%d+%d] %q", r.Offset, r.Length,
					tc.edited[r.Offset:r.Offset+r.Length], want, len(tc.at), tc.at)
			}
			if r.Paragraph != Locator(tc.edited, r.Offset) || r.Paragraph == "" {
				t.Errorf("paragraph %q", r.Paragraph)
			}
			// Once applied, the anchor holds in place.
			b := r.Apply(tc.edited, a)
			if again := Resolve(tc.edited, b); again.Status != OK {
				t.Errorf("after Apply: %+v", again)
			}
			if tc.hash && (b.Quote != "" || b.Hash != a.Hash) {
				t.Errorf("Apply stored the words of a hash-only anchor: %+v", b)
			}
		})
	}
}

func nthIndex(s, sub string, n int) int {
	off := 0
	for {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return -1
		}
		if n == 0 {
			return off + i
		}
		n--
		off += i + 1
	}
}

func TestResolveNoPassage(t *testing.T) {
	t.Parallel()
	r := Resolve(base, argmap.Anchor{Offset: 3, Length: 4})
	if r.Status != Broken || r.How != Unusual {
		t.Errorf("Resolve of an empty anchor = %+v", r)
	}
	// Nonsense offsets never panic.
	for _, a := range []argmap.Anchor{
		{Offset: -10, Length: 5, Quote: "river"},
		{Offset: 1 << 40, Length: 5, Quote: "river"},
		{Offset: 2, Length: -3, Hash: Hash("abc")},
		{Offset: -1, Length: 1 << 40, Hash: Hash("abc")},
	} {
		_ = Resolve(base, a)
	}
}

// TestHashFar finds a hash-only passage that moved far, beyond the window
// searched first, and starts no sentence.
func TestHashFar(t *testing.T) {
	t.Parallel()
	passage := "approved the budget for the new bridge"
	filler := strings.Repeat("Unrelated filler text about other matters entirely. ", 2000)
	orig := "The committee " + passage + " today.\n\n" + filler
	a := hashOnly(NewAnchor(src, orig, len("The committee "), len(passage)))
	edited := filler + "\n\nThe board " + passage + " today."
	r := Resolve(edited, a)
	if want := strings.Index(edited, passage); r.Status != Moved || r.How != ByHash || r.Offset != want {
		t.Fatalf("Resolve = %+v, want by hash at %d", r, want)
	}
}

// TestFuzzyLong re-anchors a long edited passage (its window is narrowed to
// stay within the budget) and does not hang on a very long one.
func TestFuzzyLong(t *testing.T) {
	t.Parallel()
	passage := strings.Repeat("Sentences of a very long quoted passage go on and on. ", 120)
	orig := "Intro.\n\n" + passage + "\n\nOutro."
	a := NewAnchor(src, orig, strings.Index(orig, passage), len(passage))
	edited := "Intro, longer.\n\n" + strings.Replace(passage, "go on", "keep going", 3) + "\n\nOutro."
	r := Resolve(edited, a)
	if r.Status != Moved || r.How != Fuzzy || r.Offset != strings.Index(edited, "Sentences") {
		t.Fatalf("Resolve = %+v", r)
	}
}

// TestFuzzyFar finds an edited passage that also moved far from its place,
// beyond the window searched first.
func TestFuzzyFar(t *testing.T) {
	t.Parallel()
	passage := "The committee approved the budget for the new bridge after a long debate."
	filler := strings.Repeat("Unrelated filler text about other matters entirely. ", 400)
	orig := passage + "\n\n" + filler
	a := NewAnchor(src, orig, 0, len(passage))
	edited := filler + "\n\n" + strings.Replace(passage, "long debate", "lengthy debate", 1)
	r := Resolve(edited, a)
	want := strings.LastIndex(edited, "The committee")
	if r.Status != Moved || r.How != Fuzzy || r.Offset != want {
		t.Fatalf("Resolve = %+v, want fuzzy at %d", r, want)
	}
	if r.Similarity < MinSimilarity || r.Similarity >= 1 {
		t.Errorf("similarity %v", r.Similarity)
	}
}

func FuzzResolve(f *testing.F) {
	f.Add(base, 40, 23, "It floods", true)
	f.Add("aaa aaa aaa", 4, 3, "", false)
	// The shape of the long hash-only anchors that once took seconds each.
	f.Add(strings.Repeat("Of the long report, this is sentence number 7. ", 300), 900, 9000, "Preface. ", true)
	f.Fuzz(func(t *testing.T, text string, off, n int, edit string, hash bool) {
		a := NewAnchor(src, text, off, n)
		if hash {
			a = hashOnly(a)
		}
		edited := edit + text
		r := Resolve(edited, a)
		if r.Status != Broken && (r.Offset < 0 || r.Offset+r.Length > len(edited)) {
			t.Fatalf("result out of the text: %+v", r)
		}
		if a.Length > 0 && r.Status == Broken && strings.Contains(edited, a.Quote) && !hash {
			t.Fatalf("the quote is in the text but the anchor broke: %+v", r)
		}
		// A hash-only passage that moved by less than the nearby search
		// reaches is found, unless the budget cut the search short. The
		// search tries rune starts, so this holds for a passage of whole
		// runes in UTF-8 text, which is all a source and a selection in it
		// can be (argmap.ReadSourceFile refuses the rest).
		if hash && a.Length > 0 && wholeRunes(text, a.Offset, a.Length) && utf8.ValidString(edited) && len(edit) <= nearSlack(a.Length) && r.Status == Broken && r.How != GaveUp {
			t.Fatalf("the passage moved by %d bytes but the anchor broke: %+v", len(edit), r)
		}
	})
}

// wholeRunes reports whether text is UTF-8 and its passage at off, n
// begins and ends on rune boundaries.
func wholeRunes(text string, off, n int) bool {
	end := off + n
	return utf8.ValidString(text) && off >= 0 && end <= len(text) && n > 0 &&
		utf8.RuneStart(text[off]) && (end == len(text) || utf8.RuneStart(text[end]))
}
