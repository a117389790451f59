package anchor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// reportText is a 195 KB text of distinct sentences in paragraphs, the
// size of the report on which three hash-only anchors took 18 s.
func reportText() string {
	var b strings.Builder
	for i := 0; b.Len() < 195<<10; i++ {
		fmt.Fprintf(&b, "Of the long report, this is sentence number %d. ", i)
		if i%12 == 11 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// TestHashSearchIsBounded: a hash-only anchor of a long passage is looked
// for within a budget linear in the text, whatever the passage's length,
// and is found when it only moved; a passage gone is reported broken,
// saying when the budget cut the search short.
func TestHashSearchIsBounded(t *testing.T) {
	t.Parallel()
	text := reportText()
	budget := hashBudget + hashPerByte*len(text)
	at := strings.Index(text, "Of the long report, this is sentence number 1500.")
	for _, tc := range []struct {
		name        string
		length      int
		keepContext bool
		edit        func(passage string) string // the text after the edit
		want        Status
	}{
		{"long, moved a little", 40 << 10, false, func(p string) string { return "Preface. " + text }, Moved},
		{"long, moved far with its context", 40 << 10, true, func(p string) string {
			// The passage and a little on each side go to the end.
			i := strings.Index(text, p)
			moved := text[i-100 : i+len(p)+100]
			return text[:i-100] + text[i+len(p)+100:] + moved
		}, Moved},
		{"long, gone", 40 << 10, false, func(p string) string { return strings.Replace(text, p, strings.ToUpper(p), 1) }, Broken},
		{"long, gone, context kept", 20 << 10, true, func(p string) string { return strings.Replace(text, p, strings.ToUpper(p), 1) }, Broken},
		{"short, gone", 60, false, func(p string) string { return strings.Replace(text, p, strings.ToUpper(p), 1) }, Broken},
		{"one byte, gone", 1, false, func(p string) string { return strings.ReplaceAll(text, p, "#") }, Broken},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := NewAnchor(src, text, at, tc.length)
			passage := a.Quote
			a.Quote = ""
			if !tc.keepContext {
				a.Before, a.After = "", ""
			}
			edited := tc.edit(passage)
			_, _, spent, cut := searchHash(edited, a)
			if spent > budget {
				t.Errorf("hashed %d bytes, over the budget of %d", spent, budget)
			}
			r := Resolve(edited, a)
			if r.Status != tc.want {
				t.Fatalf("status %s (%s), want %s", r.Status, r.How, tc.want)
			}
			if r.Status == Moved && edited[r.Offset:r.Offset+r.Length] != passage {
				t.Errorf("found at %d a window that is not the passage", r.Offset)
			}
			if r.Status == Broken && (r.How == GaveUp) != cut {
				t.Errorf("broken %q, but the search was cut short: %v", r.How, cut)
			}
		})
	}
}

// BenchmarkResolveLongHashOnly resolves three hash-only anchors of long
// passages that are gone from a 195 KB text: the case that took 18 s.
func BenchmarkResolveLongHashOnly(b *testing.B) {
	text := reportText()
	var anchors []argmap.Anchor
	for i, at := range []int{10 << 10, 80 << 10, 150 << 10} {
		a := hashOnly(NewAnchor(src, text, at, (8+8*i)<<10))
		a.Hash = Hash("something else")
		anchors = append(anchors, a)
	}
	for b.Loop() {
		for _, a := range anchors {
			Resolve(text, a)
		}
	}
}
