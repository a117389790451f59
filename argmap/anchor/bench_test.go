package anchor

import (
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// benchText is a long text (~1 MB) with the passage near its end.
func benchText() (string, string) {
	passage := "The committee approved the budget for the new bridge after a long debate about the river crossing and its costs."
	filler := strings.Repeat("Unrelated filler text about other matters entirely, sentence after sentence. ", 13000)
	return filler + passage + " The end.", passage
}

func BenchmarkResolveMovedExact(b *testing.B) {
	text, passage := benchText()
	a := NewAnchor(src, passage+" The end.", 0, len(passage))
	for b.Loop() {
		Resolve(text, a)
	}
}

func BenchmarkResolveMovedHash(b *testing.B) {
	text, passage := benchText()
	a := hashOnly(NewAnchor(src, passage+" The end.", 0, len(passage)))
	for b.Loop() {
		Resolve(text, a)
	}
}

func BenchmarkResolveFuzzyFar(b *testing.B) {
	text, passage := benchText()
	a := NewAnchor(src, passage+" The end.", 0, len(passage))
	text = strings.Replace(text, "long debate", "lengthy debate", 1)
	for b.Loop() {
		Resolve(text, a)
	}
}

func BenchmarkResolveBroken(b *testing.B) {
	text, passage := benchText()
	a := NewAnchor(src, passage+" The end.", 0, len(passage))
	text = strings.Replace(text, passage, "", 1)
	for b.Loop() {
		Resolve(text, a)
	}
}

func BenchmarkResolveBrokenHash(b *testing.B) {
	text, passage := benchText()
	a := hashOnly(NewAnchor(src, passage+" The end.", 0, len(passage)))
	text = strings.Replace(text, passage, "", 1)
	for b.Loop() {
		Resolve(text, a)
	}
}

// BenchmarkResolveSample resolves every anchor of a 34-claim map in an
// 8 KB text, all in place: the cost of `argmap anchors` on the sample.
func BenchmarkResolveSample(b *testing.B) {
	text := strings.Repeat("A sentence of the article, long enough to anchor. ", 160)
	var anchors []argmap.Anchor
	for i := range 34 {
		anchors = append(anchors, hashOnly(NewAnchor(src, text, i*51, 50)))
	}
	for b.Loop() {
		for _, a := range anchors {
			Resolve(text, a)
		}
	}
}
