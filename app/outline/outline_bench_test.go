package outline

import (
	"testing"

	"github.com/argmap/argmap/argmap/gen"
)

// BenchmarkOutlineReset is the outline's part of opening a big map: the
// nodes built and every branch opened (issue 16).
func BenchmarkOutlineReset(b *testing.B) {
	h := newOutline(b, gen.Tree(20000, 1))
	for b.Loop() {
		h.o.Reset()
	}
}
