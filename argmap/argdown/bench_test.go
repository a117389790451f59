package argdown

import (
	"os"
	"testing"
)

// largest returns the largest corpus file.
func largest(b *testing.B) []byte {
	var best []byte
	for _, f := range corpusFiles(b) {
		if data, err := os.ReadFile(f); err == nil && len(data) > len(best) {
			best = data
		}
	}
	return best
}

// BenchmarkDecodeLargest imports the largest corpus file.
func BenchmarkDecodeLargest(b *testing.B) {
	data := largest(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeLargest exports the map of the largest corpus file.
func BenchmarkEncodeLargest(b *testing.B) {
	m, err := Decode(largest(b))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Encode(m); err != nil {
			b.Fatal(err)
		}
	}
}
