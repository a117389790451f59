package formats

import (
	"os"
	"testing"

	json "github.com/goccy/go-json"

	"github.com/argmap/argmap/argmap/aif"
	"github.com/argmap/argmap/internal/shared"
)

// BenchmarkAIFImport (issue 16): the import of the corpus's largest AIF
// file (528 KB, an OVA3 export), as Decode runs it (the sniffers, then
// the AIF decoder), beside one plain goccy parse of the same bytes into
// any, the floor it is measured against (goal: at most 1.2× that). With
// the library's Valid as the fast path's syntax check the import cost
// about 2.1× the floor; with aif's own scan (validJSON) about 0.8×.
func BenchmarkAIFImport(b *testing.B) {
	shared.Path(b, "corpus/aif-json")
	data, err := os.ReadFile("../../../shared/corpus/aif-json/ova3-dialects/xAifTestFile_ova3_export.json")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("goccy-any", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("sniff+aif.Decode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			f := Detect("x.json", data)
			if f == nil || f.Name != "aif" {
				b.Fatalf("detected %v", f)
			}
			if _, err := f.Decode(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("formats.Decode", func(b *testing.B) { // with CheckLimits and Validate, which every import meets
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, _, err := Decode("x.json", data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("aif.Decode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, _, err := aif.Decode(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}
