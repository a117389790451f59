package native

import (
	"bytes"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// goccyWire is what Encode wrote before it had its own writer: the
// JSON library's indenting encoder, the reference of appendWire.
func goccyWire(t testing.TB, f *fileV3) []byte {
	b, err := encodeLibrary(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAppendWireUsed: the writer knows every field of the wire structs, so
// Encode uses it (else it falls back to the library, slower: add the new
// field's line to encode_append.go).
func TestAppendWireUsed(t *testing.T) {
	t.Parallel()
	if !appendWireOK() {
		t.Fatal("appendWire does not write every field of the wire structs: Encode falls back to the JSON library (add the field to encode_append.go)")
	}
}

// oddPieces are what strings of the wire are made of in these tests:
// everything the writer escapes, and neighbours that it must not.
var oddPieces = []string{
	"", "a", "text with spaces", `"`, `\`, "/", "\n", "\r", "\t", "\b", "\f", "\x00", "\x01", "\x1f", "\x7f",
	"<", ">", "&", "é", "¶", "…", "\u2028", "\u2029", "\u2027", "\u202a", "😀", "\ufffd", "\uFEFF",
	"\xff", "\xc3", "\xed\xa0\x80", "\xe2\x80", "\xf4\x90\x80\x80", "\xc0\xaf",
}

// oddFloats are numbers at the edges of the forms the library writes.
var oddFloats = []float64{
	0, math.Copysign(0, -1), 0.1, -0.1, 1, -1, 280, -250.5, 1e7, -1e7, 9999999.999999998,
	1e20, 1e21, -1e21, 1.5e21, 1e-6, 1e-7, -1e-7, 9.99999e-7, 123456789012345678, 1e15, 1e15 + 1,
	math.MaxFloat64, math.SmallestNonzeroFloat64, 1 << 53, 1<<53 + 2, 0.30000000000000004, 2147483648,
}

func oddString(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(5); n > 0; n-- {
		b.WriteString(oddPieces[r.IntN(len(oddPieces))])
	}
	return b.String()
}

// fill sets v (of a wire type) to random values; with every, every field
// gets a value that is not empty, so that each one is written.
func fill(r *rand.Rand, v reflect.Value, every bool, depth int) {
	switch v.Kind() {
	case reflect.String:
		s := oddString(r)
		for every && s == "" {
			s = oddString(r)
		}
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(every || r.IntN(2) == 0)
	case reflect.Int:
		n := []int{0, 1, -1, 42, math.MaxInt64, math.MinInt64, 1 << 30}[r.IntN(7)]
		if every && n == 0 {
			n = 7
		}
		v.SetInt(int64(n))
	case reflect.Float64:
		if r.IntN(3) == 0 {
			v.SetFloat(math.Float64frombits(r.Uint64()))
			if math.IsNaN(v.Float()) || math.IsInf(v.Float(), 0) {
				v.SetFloat(1.25)
			}
		} else {
			v.SetFloat(oddFloats[r.IntN(len(oddFloats))])
		}
	case reflect.Pointer:
		if every || r.IntN(2) == 0 {
			p := reflect.New(v.Type().Elem())
			fill(r, p.Elem(), every, depth+1)
			v.Set(p)
		}
	case reflect.Slice:
		n := r.IntN(4) - 1 // -1: nil
		if every && n < 1 {
			n = 1
		}
		if n < 0 {
			return
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n; i++ {
			fill(r, s.Index(i), every, depth+1)
		}
		v.Set(s)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(r, v.Field(i), every, depth+1)
		}
	default:
		panic("fill: a wire field of kind " + v.Kind().String() + ": teach fill and appendWire about it")
	}
}

// TestAppendWireEveryField: with every field of every wire struct set,
// the writer writes what the library writes (so it writes every field,
// in its place).
func TestAppendWireEveryField(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50; i++ {
		var f fileV3
		fill(r, reflect.ValueOf(&f).Elem(), true, 0)
		if got, want := appendWire(nil, &f), goccyWire(t, &f); !bytes.Equal(got, want) {
			t.Fatalf("appendWire differs from the JSON library:\n%s", firstDiff(got, want))
		}
	}
}

// TestAppendWireSameAsGoccy: on random wire structs (empty fields, odd
// strings and numbers) the writer writes what the library writes.
func TestAppendWireSameAsGoccy(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 2000; i++ {
		var f fileV3
		fill(r, reflect.ValueOf(&f).Elem(), false, 0)
		if got, want := appendWire(nil, &f), goccyWire(t, &f); !bytes.Equal(got, want) {
			t.Fatalf("appendWire differs from the JSON library:\n%s", firstDiff(got, want))
		}
	}
	var empty fileV3
	if got, want := appendWire(nil, &empty), goccyWire(t, &empty); !bytes.Equal(got, want) {
		t.Fatalf("the empty file:\n%s", firstDiff(got, want))
	}
}

// FuzzAppendWire: any text and any number are written as the library
// writes them.
func FuzzAppendWire(f *testing.F) {
	for i, s := range oddPieces {
		f.Add(s, oddFloats[i%len(oddFloats)])
	}
	f.Fuzz(func(t *testing.T, s string, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return // the library refuses them; Encode refuses them before
		}
		q := 3
		w := fileV3{Format: s, Version: len(s), Map: mapV3{
			Meta:       metaV1{Title: s, Authors: []string{s, s}},
			Claims:     []claimV3{{ID: s, Text: s + s, Pos: posV1{X: x, Y: -x}, Tags: []string{s}}},
			Arguments:  []argumentV3{{ID: s, Premises: []string{}, Polarity: s}},
			Challenges: []challengeV3{{ID: s, Question: &q, Status: s}},
		}}
		if got, want := appendWire(nil, &w), goccyWire(t, &w); !bytes.Equal(got, want) {
			t.Fatalf("appendWire differs from the JSON library:\n%s", firstDiff(got, want))
		}
	})
}

// firstDiff shows where two outputs part.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo := max(i-80, 0)
	return "got:  …" + string(got[lo:min(i+80, len(got))]) + "\nwant: …" + string(want[lo:min(i+80, len(want))])
}
