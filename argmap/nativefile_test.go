package argmap_test

import (
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
)

// Helpers of the tests here that write maps in the native format (the
// dialogue, private comments, suggestions), as argmap/native's own tests
// have them. Their golden files stay in testdata here, beside the tests
// that write them; argmap/native's fuzz seeds and assets' schema test read
// them too.

// full is the map that uses every field of the format (argmaptest.Full).
func full() *argmap.Map { return argmaptest.Full() }

func goldenFile(t *testing.T, name string, got []byte) {
	t.Helper()
	argmaptest.Golden(t, filepath.Join("testdata", name+".golden"), got)
}

// The numbers below are small to keep messages short; they stand for
// UUIDs.
const (
	id1 = "00000000-0000-4000-8000-000000000001"
	id2 = "00000000-0000-4000-8000-000000000002"
	id9 = "00000000-0000-4000-8000-000000000009"
)

// doc wraps a map body in a version 1 envelope.
func doc(body string) string {
	return `{"format": "argmap", "version": 1, "map": {` + body + `}}`
}
