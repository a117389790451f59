package argmap

import (
	"fmt"
	"time"

	"github.com/google/uuid"
)

// IDSource makes the IDs of new claims, arguments, comments, challenges,
// speeches and sources. Code that creates things takes one (or a Mint)
// rather than reading a package variable, so that tests can pass a
// deterministic source and still run in parallel. The nil IDSource draws
// random (version 4) UUIDs.
type IDSource func() ID

// New returns the source's next ID (a random one for the nil source).
func (s IDSource) New() ID {
	if s == nil {
		return uuid.New()
	}
	return s()
}

// Clock tells the time that new challenges and proposals are stamped
// with. The nil Clock reads the system clock.
type Clock func() time.Time

// Now returns the clock's time (time.Now for the nil clock).
func (c Clock) Now() time.Time {
	if c == nil {
		return time.Now()
	}
	return c()
}

// Mint is what an edit that creates things needs from outside: where their
// IDs come from and the clock that stamps them. The zero Mint draws random
// IDs and reads the system clock; tests use argmaptest.Mint.
type Mint struct {
	IDs   IDSource
	Clock Clock
}

// ID returns a new ID from the mint's source.
func (m Mint) ID() ID { return m.IDs.New() }

// Now returns the mint's time.
func (m Mint) Now() time.Time { return m.Clock.Now() }

// NewID returns a random (version 4) ID, as the nil IDSource does. It is
// for code that owns no document yet; code that adds to a map it is given
// takes an IDSource or a Mint instead.
func NewID() ID { return uuid.New() }

// DeterministicIDs returns an ID source that yields the same sequence of
// UUIDs for the same seed (name-based UUIDs of seed and a counter), for
// generators and tests whose output must not change between runs. Each
// call returns a fresh sequence; one sequence is not safe for concurrent
// use.
func DeterministicIDs(seed string) IDSource {
	n := 0
	return func() ID {
		n++
		return uuid.NewSHA1(uuid.NameSpaceOID, []byte(fmt.Sprintf("%s/%d", seed, n)))
	}
}
