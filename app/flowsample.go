package app

import (
	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// sampleRound is the sample debate round (File › Open Sample › Debate Round).
func sampleRound() (*argmap.Map, error) { return native.Decode(assets.SampleRound) }
