package app

import (
	"errors"

	"github.com/argmap/argmap/argmap"
)

// sampleRound is the sample debate round (File › Open Sample › Debate Round).
func sampleRound() (*argmap.Map, error) {
	return nil, errors.New("the sample round is not in this build yet")
}
