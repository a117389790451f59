package argmaptest

import (
	"time"

	"github.com/argmap/argmap/argmap"
)

// IDs returns a fresh deterministic ID source: the same seed gives the
// same sequence of IDs (argmap.DeterministicIDs). Use one per test and do
// not share it between goroutines.
func IDs(seed string) argmap.IDSource { return argmap.DeterministicIDs(seed) }

// Epoch is the time that Mint's clock always tells: 2026-01-02 03:04:05 UTC.
func Epoch() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }

// Clock returns a clock that always tells at.
func Clock(at time.Time) argmap.Clock { return func() time.Time { return at } }

// Mint returns a mint whose IDs come from IDs(seed) and whose clock always
// tells Epoch.
func Mint(seed string) argmap.Mint {
	return argmap.Mint{IDs: IDs(seed), Clock: Clock(Epoch())}
}
