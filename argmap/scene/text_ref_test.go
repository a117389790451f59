package scene

import (
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap/gen"
)

// wrapReference is Wrap as it was written first: the words listed by
// strings.Fields and each line joined anew. Wrap must break every text as
// it does.
func wrapReference(text string, width, size float64, bold bool, measure Measure) []string {
	space, _ := measure(" ", size, bold)
	if !(width > 0) {
		width = 0
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		cur, curW := "", 0.0
		for _, w := range words {
			ww, _ := measure(w, size, bold)
			if cur != "" && curW+space+ww <= width {
				cur, curW = cur+" "+w, curW+space+ww
				continue
			}
			if cur != "" {
				lines = append(lines, cur)
			}
			for ww > width && w != "" {
				n := fit(w, width, size, bold, measure)
				lines = append(lines, w[:n])
				w = w[n:]
				ww, _ = measure(w, size, bold)
			}
			cur, curW = w, ww
		}
		lines = append(lines, cur)
	}
	for len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

var wrapTexts = []string{
	"", " ", "\n", "\n\n", "a", "a b", "a  b", " a b ", "a\tb c", "a\u00a0b c", "a\u2003b", "a\u0085b",
	"word anotherword yetanotherwordthatislong x", "verylongwordwithoutanyspaceatallthatmustbecut", "line one\nline two\n\n",
	"a\r\nb", "x\vy\fz", "\xff\xfe bad utf8 \xc3", "日本語 のテキスト です", "emoji 🙂 here 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
	"trailing spaces   \n   leading", "one-two—three–four", "a b c d e f g h i j k l m n o p q r s t u v w x y z",
}

// TestWrapIsReference: Wrap breaks texts as wrapReference does, at
// widths from less than a rune to wider than the text, for tricky texts
// (other spaces than ' ', invalid UTF-8, long words) and generated ones.
func TestWrapIsReference(t *testing.T) {
	t.Parallel()
	texts := slices.Clone(wrapTexts)
	for _, c := range gen.Tree(300, 3).Claims {
		texts = append(texts, c.Text)
	}
	for _, s := range texts {
		for _, width := range []float64{0, 3, 6, 20, 45, 60, 100, 220, 1000} {
			got := Wrap(s, width, 10, false, Mono)
			want := wrapReference(s, width, 10, false, Mono)
			if !slices.Equal(got, want) {
				t.Fatalf("Wrap(%q, %v) = %q, the reference %q", s, width, got, want)
			}
		}
	}
}

// FuzzWrap: Wrap and the reference agree on any text and width.
func FuzzWrap(f *testing.F) {
	for _, s := range wrapTexts {
		f.Add(s, 40.0)
	}
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if len(s) > 2000 {
			return
		}
		got := Wrap(s, width, 10, false, Mono)
		want := wrapReference(s, width, 10, false, Mono)
		if !slices.Equal(got, want) {
			t.Fatalf("Wrap(%q, %v) = %q, the reference %q", s, width, got, want)
		}
	})
}
