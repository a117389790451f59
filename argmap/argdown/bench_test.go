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

// trailingTags is one statement followed by n tags, the shape of the
// hostile file of issue 19 (100,000 tags, 789 KB, took 47 s).
func trailingTags(n int) []byte {
	var b []byte
	b = append(b, "[T]: text"...)
	for i := range n {
		b = append(b, " #t"...)
		b = append(b, []byte(string(rune('a'+i%26)))...)
		b = append(b, []byte(itoa(i))...)
	}
	return append(b, '\n')
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

// BenchmarkTrailingTags reads a line with 2,000 and with 20,000 trailing
// tags: linear reading takes about ten times as long for the second
// (compare the ns/op of the two; no timing is asserted).
func BenchmarkTrailingTags(b *testing.B) {
	for _, n := range []int{2000, 20000} {
		data := trailingTags(n)
		b.Run(itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				m, err := Decode(data)
				if err != nil {
					b.Fatal(err)
				}
				if len(m.Claims[0].Tags) != n {
					b.Fatalf("%d tags, want %d", len(m.Claims[0].Tags), n)
				}
			}
		})
	}
}
