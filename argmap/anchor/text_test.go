package anchor

import (
	"reflect"
	"testing"
)

func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestParagraphs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"\n \n\t\n", nil},
		{"One.", []string{"One."}},
		{"One.\nStill one.\n\nTwo.\n", []string{"One.\nStill one.", "Two."}},
		{"  Lead.  \n   \n\n\nNext", []string{"Lead.", "Next"}},
		{"A.\r\n\r\nB.\r\n", []string{"A.", "B."}},
	}
	for _, tc := range tests {
		if got := texts(tc.text, Paragraphs(tc.text)); !reflect.DeepEqual(got, tc.want) && len(got)+len(tc.want) > 0 {
			t.Errorf("Paragraphs(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestSentences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want []string
	}{
		{"One. Two? Three! Four", []string{"One.", "Two?", "Three!", "Four"}},
		{"The U.S. threatens its allies. Then what?", []string{"The U.S. threatens its allies.", "Then what?"}},
		{"Without the US. New Delhi waits.", []string{"Without the US.", "New Delhi waits."}},
		{"A meaning to it.[i] In recent years, yes.", []string{"A meaning to it.[i]", "In recent years, yes."}},
		{"the Quad (Security Dialogue).The choices matter.", []string{"the Quad (Security Dialogue).", "The choices matter."}},
		{"Dr. Cenk Tamer wrote it. He said “so.” Then left.", []string{"Dr. Cenk Tamer wrote it.", "He said “so.”", "Then left."}},
		{"First line\nsecond line", []string{"First line", "second line"}},
		{"It costs 3.5 units. 2024 was late.", []string{"It costs 3.5 units.", "2024 was late."}},
		{"Ends with a stop.   ", []string{"Ends with a stop."}},
	}
	for _, tc := range tests {
		p := Paragraphs(tc.text)
		if len(p) != 1 {
			t.Fatalf("%q: %d paragraphs", tc.text, len(p))
		}
		if got := texts(tc.text, Sentences(tc.text, p[0])); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := Sentences("abc", Span{2, 9}); got != nil {
		t.Errorf("a span outside the text gave %v", got)
	}
}

func TestLocate(t *testing.T) {
	t.Parallel()
	text := "Title\n\nOne. Two.\n\nThree."
	s, err := Locate(text, 2, 2)
	if err != nil || text[s.Start:s.End] != "Two." {
		t.Errorf("Locate(2, 2) = %v %v", s, err)
	}
	for _, c := range [][2]int{{0, 1}, {4, 1}, {2, 3}, {2, 0}} {
		if _, err := Locate(text, c[0], c[1]); err == nil {
			t.Errorf("Locate(%d, %d): no error", c[0], c[1])
		}
	}
	for off, want := range map[int]string{0: "¶1", 5: "¶2", 6: "¶2", 12: "¶2", 18: "¶3", 99: ""} {
		if got := Locator(text, off); got != want {
			t.Errorf("Locator(%d) = %q, want %q", off, got, want)
		}
	}
}
