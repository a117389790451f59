package argmap_test

import (
	"bytes"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// TestSampleRoundTrip checks that the embedded sample map loads without
// errors and is written canonically: encoding it again gives the same
// bytes, so `argmap export -f json` reproduces the file.
func TestSampleRoundTrip(t *testing.T) {
	t.Parallel()
	m, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatalf("sample map: %v", err)
	}
	for _, p := range argmap.Validate(m) {
		if p.Severity == argmap.SeverityError {
			t.Errorf("sample map: %s", p)
		}
	}
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, assets.SampleMap) {
		t.Error("the sample map is not in canonical form: run `go run . export -f json -o assets/sample.argmap.json assets/sample.argmap.json`")
	}
}
