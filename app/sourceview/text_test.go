package sourceview

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
)

// press and drag as the desktop driver reports them: a press, then drags
// whose Dragged delta runs from the press.
func dragText(w *Text, from, to fyne.Position) {
	w.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: from}, Button: desktop.MouseButtonPrimary})
	w.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
	w.DragEnd()
	w.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: to}, Button: desktop.MouseButtonPrimary})
}

// posOf is the position just inside the character at byte offset off.
func posOf(w *Text, off int) fyne.Position {
	i := w.lineAt(off)
	return fyne.NewPos(w.xAt(i, off)+1, w.YOf(off)+w.lineHeight()/2)
}

func TestDragSelectsBytesOfNonASCII(t *testing.T) {
	tp := newTestPane(t, sourceFixture, Commands{})
	w := tp.text
	for _, word := range []string{"Москва тоже", "İstanbul'un nüfusu", "Şehir ve Город"} {
		start := strings.Index(sourceFixture, word)
		end := start + len(word)
		// Press on the first letter's left half, release on the last letter's right half.
		last := end - len(string([]rune(word)[len([]rune(word))-1]))
		to := posOf(w, last)
		to.X = w.xAt(w.lineAt(end), end) - 1
		dragText(w, posOf(w, start), to)
		if got := w.Selection(); got != (anchor.Span{Start: start, End: end}) {
			t.Errorf("drag over %q selected %v = %q, want [%d %d)", word, got, sourceFixture[got.Start:got.End], start, end)
		}
	}
	if tp.newBtn.Disabled() {
		t.Error("New Claim from Selection is disabled after a drag")
	}
	// The claim made from a Cyrillic selection anchors its bytes.
	id, _ := tp.NewClaim(func() argmap.Point { return argmap.Point{} })
	c := tp.h.doc.Map().Claim(id)
	if c == nil || c.Text != "Şehir ve Город" || c.Anchor.Quote != "Şehir ve Город" || c.Anchor.Offset != strings.Index(sourceFixture, "Şehir") {
		t.Errorf("claim %+v", c)
	}
}

func TestDoubleClickSelectsSentence(t *testing.T) {
	tp := newTestPane(t, sourceFixture, Commands{})
	w := tp.text
	sentence := "İstanbul'un nüfusu büyüyor; Москва тоже растёт."
	at := strings.Index(sourceFixture, "тоже")
	w.DoubleTapped(&fyne.PointEvent{Position: posOf(w, at)})
	got := w.Selection()
	if sourceFixture[got.Start:got.End] != sentence {
		t.Fatalf("double click selected %q, want %q", sourceFixture[got.Start:got.End], sentence)
	}
	if tp.newBtn.Disabled() {
		t.Error("New Claim from Selection is disabled with a selection")
	}
}

func TestLongWordIsCut(t *testing.T) {
	test.NewTempApp(t)
	w := newText()
	url := "https://example.org/" + strings.Repeat("segment-ğüşöç-сегмент/", 20)
	w.text = "See " + url + " now."
	w.wrap(300)
	if len(w.lines) < 3 {
		t.Fatalf("%d lines, want the URL cut over several", len(w.lines))
	}
	avail := 300 - 2*w.pad()
	for _, l := range w.lines {
		if !utf8.ValidString(w.text[l.Start:l.End]) {
			t.Errorf("line %v cuts a character", l)
		}
		if width := fyne.MeasureText(w.text[l.Start:l.End], w.textSize(), fyne.TextStyle{}).Width; width > avail+1 {
			t.Errorf("line %q is %v wide, more than %v", w.text[l.Start:l.End], width, avail)
		}
	}
	if got, want := w.lines[len(w.lines)-1].End, len(w.text); got != want {
		t.Errorf("last line ends at %d, want %d", got, want)
	}
}
